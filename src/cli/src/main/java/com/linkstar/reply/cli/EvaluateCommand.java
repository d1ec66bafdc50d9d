package com.linkstar.reply.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.classify.CombinedClassifier;
import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.evaluation.EvaluationReport;
import com.linkstar.reply.core.evaluation.LabeledMessage;
import com.linkstar.reply.core.model.Classification;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code linkstar evaluate --test FILE [--train FILE] [--mode ...] [--holdout N]}: the JSON report of DESIGN.md §4. */
final class EvaluateCommand implements Linkstar.Command {

    @Override
    public String summary() {
        return "measure intent and risk recognition on a labeled JSON Lines file (JSON report on stdout)";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar evaluate --test FILE|DIR[,...] [--train FILE|DIR[,...]] [--mode rules|model|combined|llm] [--holdout N]
                                         [--min-probability P]

                Classifies every message of FILE and prints one JSON object: accuracy, macro_f1 (over the intents in FILE),
                per_intent precision/recall/f1/support, confusion pairs, risk precision/recall, messages_per_second and
                latency_ms p50/p99. Offline; the labeled format is DESIGN.md §4.

                  --mode rules      the multilingual rules alone
                  --mode model      the linear model trained on --train alone
                  --mode combined   the model where it is confident (--min-probability, default 0.6), the rules elsewhere;
                                    risks always from the rules (default when training data is given, else rules)
                  --mode llm        runs only inside the classify function, where an endpoint is configured
                  --holdout N       test on the lines whose id's SHA-1 is divisible by N, train on the others
                                    (of --train, or of --test when no --train is given)""";
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) throws Exception {
        Linkstar.rejectUnknown(args, List.of("--test", "--train", "--mode", "--holdout", "--min-probability"), List.of());
        String testFile = Linkstar.option(args, "--test", null);
        if (testFile == null) {
            throw new Linkstar.UsageException("--test FILE is required");
        }
        String trainFile = Linkstar.option(args, "--train", null);
        int holdout = Linkstar.intOption(args, "--holdout", 0, 2, 1000);
        double minProbability = Double.parseDouble(Linkstar.option(args, "--min-probability", "0.6"));

        List<LabeledMessage> test = LabeledData.readAll(testFile);
        List<LabeledMessage> train = trainFile != null ? LabeledData.readAll(trainFile) : holdout > 0 ? test : List.of();
        if (holdout > 0) {
            test = test.stream().filter(m -> m.heldOut(holdout)).toList();
            train = train.stream().filter(m -> !m.heldOut(holdout)).toList();
        }
        String mode = Linkstar.option(args, "--mode", train.isEmpty() ? "rules" : "combined");

        long trainStart = System.nanoTime();
        Classifier classifier = switch (mode) {
            case "rules" -> new RulesClassifier();
            case "model" -> modelOnly(train(train));
            case "combined" -> new CombinedClassifier(new RulesClassifier(), train(train), minProbability);
            case "llm" -> throw new Linkstar.UsageException("--mode llm runs in the classify function, where an LLM endpoint is "
                    + "configured (LlmEnabled); offline modes are rules, model and combined");
            default -> throw new Linkstar.UsageException("unknown --mode '" + mode + "'; one of rules, model, combined, llm");
        };
        double trainSeconds = (System.nanoTime() - trainStart) / 1e9;

        for (LabeledMessage message : test) {
            classifier.classify(message.text()); // warm-up: the timed pass measures a warm classifier, as in Lambda
        }
        List<Classification> predicted = new ArrayList<>(test.size());
        long[] latencies = new long[test.size()];
        long start = System.nanoTime();
        for (int i = 0; i < test.size(); i++) {
            long t = System.nanoTime();
            predicted.add(classifier.classify(test.get(i).text()));
            latencies[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        EvaluationReport.Result result = EvaluationReport.of(test, predicted);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("mode", mode);
        report.put("examples", result.examples());
        report.put("train_examples", train.size());
        report.put("accuracy", result.accuracy());
        report.put("macro_f1", result.macroF1());
        report.put("per_intent", result.perIntent());
        report.put("confusion", result.confusion());
        report.put("risk", Map.of("precision", result.riskPrecision(), "recall", result.riskRecall(), "per_signal", result.perSignal()));
        report.put("messages_per_second", Math.round(test.size() / seconds));
        java.util.Arrays.sort(latencies);
        report.put("latency_ms", Map.of("p50", millis(latencies, 50), "p99", millis(latencies, 99)));
        report.put("train_seconds", Math.round(trainSeconds * 100) / 100.0);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        return 0;
    }

    private static LinearIntentModel train(List<LabeledMessage> train) {
        if (train.isEmpty()) {
            throw new Linkstar.UsageException("this mode needs training data: --train FILE or --holdout N");
        }
        return LinearIntentModel.train(train.stream().map(m -> new LinearIntentModel.Example(m.text(), m.intent())).toList());
    }

    /** The model's intent with the rules' risks: the model alone has no risk axis. */
    private static Classifier modelOnly(LinearIntentModel model) {
        return new CombinedClassifier(new RulesClassifier(), model, 0.0);
    }

    private static double millis(long[] sortedNanos, int percentile) {
        int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
        return Math.round(sortedNanos[index] / 1e4) / 100.0;
    }
}
