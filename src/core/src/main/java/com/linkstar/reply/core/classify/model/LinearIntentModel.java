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
    /** weights[bucket * classes + class] */
    private final float[] weights;
    private final float[] bias;

    private LinearIntentModel(TextFeatures features, String[] intents, float[] weights, float[] bias) {
        this.features = features;
        this.intents = intents;
        this.weights = weights;
        this.bias = bias;
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
        return new LinearIntentModel(features, intents, weights, bias);
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
        softmax(x, weights, bias, classes, scores);
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

    private static void softmax(TextFeatures.Vector x, float[] weights, float[] bias, int classes, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        // feature by feature: the weights of one bucket are adjacent, so each bucket costs one cache miss, not one a class
        for (int k = 0; k < x.index().length; k++) {
            int row = x.index()[k] * classes;
            float value = x.value()[k];
            for (int c = 0; c < classes; c++) {
                out[c] += weights[row + c] * value;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, out[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
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
        for (int bucket = 0; bucket < features.buckets(); bucket++) {
            if (rowMax(bucket, classes) > 0) {
                rows++;
            }
        }
        data.writeInt(rows);
        for (int bucket = 0; bucket < features.buckets(); bucket++) {
            float max = rowMax(bucket, classes);
            if (max == 0) {
                continue;
            }
            float scale = max / 127f;
            data.writeInt(bucket);
            data.writeFloat(scale);
            for (int c = 0; c < classes; c++) {
                data.writeByte(Math.round(weights[bucket * classes + c] / scale));
            }
        }
        data.flush();
    }

    private float rowMax(int bucket, int classes) {
        float max = 0;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, Math.abs(weights[bucket * classes + c]));
        }
        return max;
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
        float[] weights = new float[buckets * intents.length];
        int rows = data.readInt();
        for (int r = 0; r < rows; r++) {
            int bucket = data.readInt();
            float scale = data.readFloat();
            for (int c = 0; c < intents.length; c++) {
                weights[bucket * intents.length + c] = data.readByte() * scale;
            }
        }
        return new LinearIntentModel(new TextFeatures(buckets), intents, weights, bias);
    }
}
