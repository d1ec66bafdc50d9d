package com.linkstar.reply.core.classify.model;

import com.linkstar.reply.core.classify.TextNormalizer;
import java.util.Arrays;

/**
 * Hashed word unigrams and bigrams plus character 2-4-grams of the folded text. Character n-grams carry Japanese and
 * Chinese (no tokenizer needed) and typos; hashing keeps the model a fixed, small array whatever the vocabulary.
 */
public final class TextFeatures {

    /** A sparse vector: parallel arrays of bucket indexes and (L2-normalised) values. */
    public record Vector(int[] index, float[] value) {
    }

    /** log(1 + count) for the small counts almost every feature has: log1p is the slowest step otherwise. */
    private static final float[] LOG1P = new float[32];

    static {
        for (int i = 0; i < LOG1P.length; i++) {
            LOG1P[i] = (float) Math.log1p(i);
        }
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
        return extractFolded(TextNormalizer.fold(text));
    }

    /** For a caller that already folded the text (the combined classifier folds once for rules and model). */
    public Vector extractFolded(String folded) {
        int[] hashes = new int[folded.length() * 4 + 16];
        int n = 0;
        // words (runs of letters, digits and apostrophes) and bigrams of neighbouring words
        int previous = 0x5bd1e995;
        int wordHash = 0;
        int wordLength = 0;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'') {
                wordHash = wordHash * 31 + c;
                wordLength++;
            } else if (wordLength > 0) {
                hashes[n++] = mix(wordHash, 0x1f3d5b79);
                hashes[n++] = mix(previous * 31 + wordHash, 0x2c1b3c6d);
                previous = wordHash;
                wordHash = 0;
                wordLength = 0;
            }
        }
        // character n-grams of 2 to 4 over the padded text (single characters add noise, not signal)
        int length = folded.length() + 2;
        for (int i = 0; i < length; i++) {
            int h = 0;
            for (int k = 0; k < 4 && i + k < length; k++) {
                h = h * 31 + charAt(folded, i + k);
                if (k >= 1) {
                    hashes[n++] = mix(h, 0x7a3c5e1b + k);
                }
            }
        }
        return normalise(Arrays.copyOf(hashes, n));
    }

    /** The folded text padded with a space on each side, without building the padded string. */
    private static char charAt(String folded, int paddedIndex) {
        return paddedIndex == 0 || paddedIndex == folded.length() + 1 ? ' ' : folded.charAt(paddedIndex - 1);
    }

    /** Counts equal buckets with a small open-addressing table (no sort), then scales to unit length. */
    private Vector normalise(int[] hashes) {
        int capacity = Integer.highestOneBit(Math.max(16, hashes.length * 2 - 1)) << 1;
        int[] keys = new int[capacity];
        int[] counts = new int[capacity];
        int distinct = 0;
        for (int hash : hashes) {
            int bucket = hash & (buckets - 1);
            int slot = (bucket * 0x9E3779B9) >>> 1 & (capacity - 1);
            while (counts[slot] != 0 && keys[slot] != bucket) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (counts[slot] == 0) {
                keys[slot] = bucket;
                distinct++;
            }
            counts[slot]++;
        }
        int[] index = new int[distinct];
        float[] value = new float[distinct];
        double norm = 0;
        int j = 0;
        for (int slot = 0; slot < capacity; slot++) {
            if (counts[slot] != 0) {
                index[j] = keys[slot];
                float v = counts[slot] < LOG1P.length ? LOG1P[counts[slot]] : (float) Math.log1p(counts[slot]);
                value[j++] = v;
                norm += v * v;
            }
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < distinct; i++) {
            value[i] *= scale;
        }
        return new Vector(index, value);
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
