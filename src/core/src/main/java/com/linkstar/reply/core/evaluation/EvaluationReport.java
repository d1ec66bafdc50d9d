package com.linkstar.reply.core.evaluation;

import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.RiskSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The figures of DESIGN.md §4 for a labeled set: accuracy, macro-F1 over the intents present in the test set,
 * per-intent precision/recall/F1/support, confusion pairs, and risk precision/recall over (message, signal) pairs.
 */
public final class EvaluationReport {

    public record IntentScore(double precision, double recall, double f1, int support) {
    }

    public record RiskScore(double precision, double recall, int support) {
    }

    public record Result(int examples, double accuracy, double macroF1, Map<String, IntentScore> perIntent,
            List<List<Object>> confusion, double riskPrecision, double riskRecall, Map<String, RiskScore> perSignal) {
    }

    private EvaluationReport() {
    }

    public static Result of(List<LabeledMessage> expected, List<Classification> predicted) {
        if (expected.size() != predicted.size()) {
            throw new IllegalArgumentException("one prediction per example expected");
        }
        Set<String> intents = new TreeSet<>();
        expected.forEach(e -> intents.add(e.intent()));
        Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
        Map<String, Integer> confusion = new LinkedHashMap<>();
        int correct = 0;
        Map<String, int[]> riskCounts = new TreeMap<>();
        for (RiskSignal signal : RiskSignal.values()) {
            riskCounts.put(signal.wireName(), new int[3]);
        }
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i).intent();
            String got = predicted.get(i).intent();
            counts.computeIfAbsent(want, k -> new int[3]);
            counts.computeIfAbsent(got, k -> new int[3]);
            if (want.equals(got)) {
                correct++;
                counts.get(want)[0]++;
            } else {
                counts.get(got)[1]++;
                counts.get(want)[2]++;
                confusion.merge(want + "\u0000" + got, 1, Integer::sum);
            }
            Set<String> wantRisks = Set.copyOf(expected.get(i).risks());
            Set<String> gotRisks = predicted.get(i).risks().stream().map(RiskSignal::wireName).collect(Collectors.toSet());
            for (RiskSignal signal : RiskSignal.values()) {
                int[] c = riskCounts.get(signal.wireName());
                boolean w = wantRisks.contains(signal.wireName());
                boolean g = gotRisks.contains(signal.wireName());
                if (w && g) {
                    c[0]++;
                } else if (g) {
                    c[1]++;
                } else if (w) {
                    c[2]++;
                }
            }
        }
        Map<String, IntentScore> perIntent = new LinkedHashMap<>();
        double f1Sum = 0;
        for (String intent : intents) {
            int[] c = counts.get(intent);
            double precision = ratio(c[0], c[0] + c[1]);
            double recall = ratio(c[0], c[0] + c[2]);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perIntent.put(intent, new IntentScore(round(precision), round(recall), round(f1), c[0] + c[2]));
            f1Sum += f1;
        }
        List<List<Object>> pairs = new ArrayList<>();
        confusion.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> {
                    String[] parts = e.getKey().split("\u0000");
                    pairs.add(List.of(parts[0], parts[1], e.getValue()));
                });
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, RiskScore> perSignal = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : riskCounts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            perSignal.put(e.getKey(), new RiskScore(round(ratio(c[0], c[0] + c[1])), round(ratio(c[0], c[0] + c[2])), c[0] + c[2]));
        }
        return new Result(expected.size(), round(ratio(correct, expected.size())), round(intents.isEmpty() ? 0 : f1Sum / intents.size()),
                perIntent, pairs, round(ratio(tp, tp + fp)), round(ratio(tp, tp + fn)), perSignal);
    }

    /** Precision and recall of an empty set are 1: nothing was claimed wrongly, nothing was missed. */
    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1 : numerator / (double) denominator;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
