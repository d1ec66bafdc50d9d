package com.linkstar.reply.cli;

import com.linkstar.reply.core.classify.CombinedClassifier;
import com.linkstar.reply.core.classify.RiskHints;
import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.evaluation.EvaluationReport;
import com.linkstar.reply.core.evaluation.LabeledMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Sentiment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** 'bench classify': the fallback classifier and OpenNLP's categorizer, same training data, same test data, one thread. */
final class ClassifyBench {

    /** The project's training sets (written for tuning and training, never for reporting) and its held-out test set. */
    private static final List<Path> DEV_SETS = List.of("dev", "dev2", "dev3", "dev4").stream()
            .map(name -> Path.of("src/core/src/test/resources/eval", name)).toList();
    private static final Path OWN = Path.of("src/core/src/test/resources/eval/own");

    private static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(2);

    private ClassifyBench() {
    }

    static int run(List<String> args, Path repoRoot, PrintStream out) throws Exception {
        Linkstar.rejectUnknown(args, List.of("--train", "--test", "--holdout"), List.of());
        int holdout = Linkstar.intOption(args, "--holdout", 0, 2, 1000);
        String trainFile = Linkstar.option(args, "--train", null);
        String testFile = Linkstar.option(args, "--test", null);
        List<LabeledMessage> test = testFile != null ? LabeledData.readAll(testFile) : LabeledData.read(repoRoot.resolve(OWN));
        List<LabeledMessage> train = trainFile != null ? LabeledData.readAll(trainFile)
                : holdout > 0 ? test : LabeledData.readAll(String.join(",", DEV_SETS.stream().map(d -> repoRoot.resolve(d).toString()).toList()));
        if (holdout > 0) {
            test = test.stream().filter(m -> m.heldOut(holdout)).toList();
            train = train.stream().filter(m -> !m.heldOut(holdout)).toList();
        }
        out.printf("bench classify: train %d, test %d messages; one thread; %s%n", train.size(), test.size(), machine());

        long t0 = System.nanoTime();
        LinearIntentModel model = LinearIntentModel.train(train.stream().map(m -> new LinearIntentModel.Example(m.text(), m.intent())).toList());
        CombinedClassifier fallback = new CombinedClassifier(new RulesClassifier(), model, 0.6);
        double fallbackTrain = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        OpenNlpBaseline openNlp = OpenNlpBaseline.train(train);
        double openNlpTrain = (System.nanoTime() - t0) / 1e9;

        report(out, "rules+model (Linkstar fallback)", fallbackTrain, test, text -> fallback.classify(text).intent());
        report(out, "Apache OpenNLP doccat 2.5.6", openNlpTrain, test, openNlp::classify);
        riskWords(out, test);
        return 0;
    }

    private static void report(PrintStream out, String name, double trainSeconds, List<LabeledMessage> test, Function<String, String> classify) {
        List<Classification> predicted = new ArrayList<>();
        double perSecond = messagesPerSecond(test, () -> {
            predicted.clear();
            for (LabeledMessage m : test) {
                predicted.add(new Classification(classify.apply(m.text()), 1, Set.of(), Sentiment.NEUTRAL, "xx", IntentSource.MODEL, List.of()));
            }
        });
        var result = EvaluationReport.of(test, predicted);
        out.printf("  %-34s macro-F1 %.4f  accuracy %.4f  %,10.0f messages/s  (training %.2f s)%n", name, result.macroF1(),
                result.accuracy(), perSecond, trainSeconds);
    }

    /** The auto-send gate's extra scan of each message ({@link RiskHints}), timed the same way, and how often it holds one. */
    private static void riskWords(PrintStream out, List<LabeledMessage> test) {
        RiskHints hints = new RiskHints();
        long[] held = new long[1];
        double perSecond = messagesPerSecond(test, () -> {
            held[0] = 0;
            for (LabeledMessage m : test) {
                held[0] += hints.in(m.text()).isEmpty() ? 0 : 1;
            }
        });
        out.printf("  %-34s %d of %d messages have words near a risk  %,10.0f messages/s%n", "risk words (auto-send gate)", held[0],
                test.size(), perSecond);
    }

    /**
     * Runs {@code pass} (one pass over the test messages) for about two seconds of warm-up until the JIT has compiled the hot
     * paths, as JMH would: a few passes measure the interpreter, not the steady state a Lambda reaches after its first
     * minute. Then times enough passes for about 50,000 messages.
     */
    private static double messagesPerSecond(List<LabeledMessage> test, Runnable pass) {
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        while (System.nanoTime() < warmUntil) {
            pass.run();
        }
        int repeats = Math.max(1, 50_000 / test.size());
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            pass.run();
        }
        return repeats * test.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }
}
