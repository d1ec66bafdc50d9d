package com.linkstar.reply.core.classify.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A multinomial logistic regression over {@link TextFeatures}, trained by stochastic gradient descent with per-weight
 * step sizes (AdaGrad) and L2 regularisation. Pure Java, no reflection, a few MB, loads in milliseconds.
 */
public final class LinearIntentModel {

    /** One labeled training text. */
    public record Example(String text, String intent) {
    }

    /** The most likely intent and its probability. */
    public record Prediction(String intent, double probability) {
    }

    private static final int FORMAT = 3;
    private static final int DEFAULT_BUCKETS = 1 << 17;

    private final TextFeatures features;
    private final String[] intents;
    /**
     * The weights as they are stored and served, quantised per bucket: {@code quantised[bucket * classes + class] *
     * scales[bucket]}. A quarter of the memory of floats, so a bucket's weights share one cache line: a prediction is
     * dominated by those memory reads. Freshly trained and loaded models predict alike.
     */
    private final byte[] quantised;
    private final float[] scales;
    private final float[] bias;

    private LinearIntentModel(TextFeatures features, String[] intents, byte[] quantised, float[] scales, float[] bias) {
        this.features = features;
        this.intents = intents;
        this.quantised = quantised;
        this.scales = scales;
        this.bias = bias;
    }

    /** Per bucket: the scale that maps the largest weight to 127, and each weight to a signed byte of it. */
    private static LinearIntentModel quantise(TextFeatures features, String[] intents, float[] weights, float[] bias) {
        int classes = intents.length;
        byte[] quantised = new byte[weights.length];
        float[] scales = new float[features.buckets()];
        for (int bucket = 0; bucket < scales.length; bucket++) {
            float max = 0;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, Math.abs(weights[bucket * classes + c]));
            }
            if (max == 0) {
                continue;
            }
            float scale = max / 127f;
            scales[bucket] = scale;
            for (int c = 0; c < classes; c++) {
                quantised[bucket * classes + c] = (byte) Math.round(weights[bucket * classes + c] / scale);
            }
        }
        return new LinearIntentModel(features, intents, quantised, scales, bias);
    }

    public static LinearIntentModel train(List<Example> examples) {
        return train(examples, DEFAULT_BUCKETS, 12, 1e-6, 0.3, 42);
    }

    public static LinearIntentModel train(List<Example> examples, int buckets, int epochs, double l2, double learningRate, long seed) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Set<String> labels = new LinkedHashSet<>();
        examples.forEach(e -> labels.add(e.intent()));
        String[] intents = labels.toArray(String[]::new);
        int classes = intents.length;
        TextFeatures features = new TextFeatures(buckets);
        List<TextFeatures.Vector> vectors = new ArrayList<>(examples.size());
        int[] targets = new int[examples.size()];
        List<String> labelList = List.of(intents);
        for (int i = 0; i < examples.size(); i++) {
            vectors.add(features.extract(examples.get(i).text()));
            targets[i] = labelList.indexOf(examples.get(i).intent());
        }
        float[] weights = new float[buckets * classes];
        float[] squaredGradients = new float[buckets * classes];
        float[] bias = new float[classes];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        double[] scores = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                TextFeatures.Vector x = vectors.get(i);
                softmax(x, weights, bias, classes, scores);
                for (int c = 0; c < classes; c++) {
                    double gradient = scores[c] - (targets[i] == c ? 1 : 0);
                    if (Math.abs(gradient) < 1e-4) {
                        continue;
                    }
                    bias[c] -= (float) (learningRate * 0.1 * gradient);
                    for (int k = 0; k < x.index().length; k++) {
                        int w = x.index()[k] * classes + c;
                        double g = gradient * x.value()[k] + l2 * weights[w];
                        squaredGradients[w] += (float) (g * g);
                        weights[w] -= (float) (learningRate * g / Math.sqrt(squaredGradients[w] + 1e-8));
                    }
                }
            }
        }
        return quantise(features, intents, weights, bias);
    }

    public Prediction predict(String text) {
        return predict(features.extract(text));
    }

    /** For a text already folded by {@link com.linkstar.reply.core.classify.TextNormalizer}. */
    public Prediction predictFolded(String folded) {
        return predict(features.extractFolded(folded));
    }

    private Prediction predict(TextFeatures.Vector x) {
        int classes = intents.length;
        double[] scores = new double[classes];
        for (int c = 0; c < classes; c++) {
            scores[c] = bias[c];
        }
        for (int k = 0; k < x.index().length; k++) {
            int bucket = x.index()[k];
            float scaled = scales[bucket] * x.value()[k];
            if (scaled == 0) {
                continue; // a bucket no training text touched
            }
            int row = bucket * classes;
            for (int c = 0; c < classes; c++) {
                scores[c] += quantised[row + c] * scaled;
            }
        }
        normalise(scores);
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return new Prediction(intents[best], scores[best]);
    }

    public List<String> intents() {
        return List.of(intents);
    }

    /** Training's scores: the float weights, bucket by bucket (a bucket's weights are adjacent). */
    private static void softmax(TextFeatures.Vector x, float[] weights, float[] bias, int classes, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        for (int k = 0; k < x.index().length; k++) {
            int row = x.index()[k] * classes;
            float value = x.value()[k];
            for (int c = 0; c < classes; c++) {
                out[c] += weights[row + c] * value;
            }
        }
        normalise(out);
    }

    /** Scores to probabilities, in place. */
    private static void normalise(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
    }

    /**
     * A compact binary form: format, buckets, labels and biases, then each bucket that has weights as its index, a scale
     * and one signed byte per intent (weights quantised per bucket: a quarter of the size, no measurable loss).
     */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        int classes = intents.length;
        data.writeInt(FORMAT);
        data.writeInt(features.buckets());
        data.writeInt(classes);
        for (String intent : intents) {
            data.writeUTF(intent);
        }
        for (float b : bias) {
            data.writeFloat(b);
        }
        int rows = 0;
        for (float scale : scales) {
            if (scale > 0) {
                rows++;
            }
        }
        data.writeInt(rows);
        for (int bucket = 0; bucket < scales.length; bucket++) {
            if (scales[bucket] == 0) {
                continue;
            }
            data.writeInt(bucket);
            data.writeFloat(scales[bucket]);
            data.write(quantised, bucket * classes, classes);
        }
        data.flush();
    }

    public static LinearIntentModel load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int format = data.readInt();
        if (format != FORMAT) {
            throw new IOException("unknown model format " + format + "; retrain the model with this version");
        }
        int buckets = data.readInt();
        String[] intents = new String[data.readInt()];
        for (int i = 0; i < intents.length; i++) {
            intents[i] = data.readUTF();
        }
        float[] bias = new float[intents.length];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = data.readFloat();
        }
        byte[] quantised = new byte[buckets * intents.length];
        float[] scales = new float[buckets];
        int rows = data.readInt();
        for (int r = 0; r < rows; r++) {
            int bucket = data.readInt();
            if (bucket < 0 || bucket >= buckets) {
                throw new IOException("bucket " + bucket + " outside the model's " + buckets + "; the model file is damaged");
            }
            scales[bucket] = data.readFloat();
            data.readFully(quantised, bucket * intents.length, intents.length);
        }
        return new LinearIntentModel(new TextFeatures(buckets), intents, quantised, scales, bias);
    }
}
