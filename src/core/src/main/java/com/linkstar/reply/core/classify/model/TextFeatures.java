package com.linkstar.reply.core.classify.model;

import com.linkstar.reply.core.classify.TextNormalizer;
import java.util.Arrays;

/**
 * Hashed word unigrams and bigrams plus character 1-4-grams of the folded text. Character n-grams carry Japanese and
 * Chinese (no tokenizer needed) and typos; hashing keeps the model a fixed, small array whatever the vocabulary.
 */
public final class TextFeatures {

    /** A sparse vector: parallel arrays of bucket indexes and (L2-normalised) values. */
    public record Vector(int[] index, float[] value) {
    }

    private final int buckets;

    public TextFeatures(int bucketsPowerOfTwo) {
        if (Integer.bitCount(bucketsPowerOfTwo) != 1) {
            throw new IllegalArgumentException("buckets must be a power of two, was " + bucketsPowerOfTwo);
        }
        this.buckets = bucketsPowerOfTwo;
    }

    public int buckets() {
        return buckets;
    }

    public Vector extract(String text) {
        String folded = TextNormalizer.fold(text);
        int[] hashes = new int[folded.length() * 5 + 16];
        int n = 0;
        // words (letters and digits runs), and bigrams of neighbouring words
        String[] words = folded.split("[^\\p{L}\\p{N}']+");
        String previous = "<s>";
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            hashes = ensure(hashes, n + 2);
            hashes[n++] = mix(word.hashCode(), 0x1f3d5b79);
            hashes[n++] = mix(previous.hashCode() * 31 + word.hashCode(), 0x2c1b3c6d);
            previous = word;
        }
        // character n-grams of 1 to 4 over the padded text
        String padded = " " + folded + " ";
        for (int length = 1; length <= 4; length++) {
            for (int i = 0; i + length <= padded.length(); i++) {
                int h = 0;
                for (int k = i; k < i + length; k++) {
                    h = h * 31 + padded.charAt(k);
                }
                hashes = ensure(hashes, n + 1);
                hashes[n++] = mix(h, 0x7a3c5e1b + length);
            }
        }
        return normalise(Arrays.copyOf(hashes, n));
    }

    private Vector normalise(int[] hashes) {
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] &= buckets - 1;
        }
        Arrays.sort(hashes);
        int distinct = 0;
        int[] index = new int[hashes.length];
        float[] value = new float[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            if (distinct > 0 && index[distinct - 1] == hashes[i]) {
                value[distinct - 1] += 1;
            } else {
                index[distinct] = hashes[i];
                value[distinct] = 1;
                distinct++;
            }
        }
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            value[i] = (float) Math.log1p(value[i]);
            norm += value[i] * value[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < distinct; i++) {
            value[i] *= scale;
        }
        return new Vector(Arrays.copyOf(index, distinct), Arrays.copyOf(value, distinct));
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    /** A cheap avalanche so that similar strings land in unrelated buckets. */
    private static int mix(int h, int seed) {
        int x = h ^ seed;
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        x ^= x >>> 16;
        return x;
    }
}
