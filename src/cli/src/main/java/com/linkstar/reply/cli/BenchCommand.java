package com.linkstar.reply.cli;

import com.linkstar.reply.aws.AwsRequestCounter;
import com.linkstar.reply.cli.local.LocalRuntime;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.usecase.MessageNormalizer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@code linkstar bench pipeline [N]}: N generated messages through the local stack, with cost per message. */
final class BenchCommand implements Linkstar.Command {

    /**
     * Requests per message the table design needs at the least: ingest reads the conversation and writes message and
     * conversation in one transaction; classify reads the message and writes label + conversation; draft reads message,
     * label and conversation in one BatchGetItem and writes draft + conversation. SQS: one send to each of the next two stages.
     */
    static final int MIN_DYNAMODB_REQUESTS = 6;
    static final int MIN_SQS_SENDS = 2;

    private static final String[] TEXTS = {
        "Where is my order? I have not received a tracking number yet.",
        "Wo ist meine Bestellung? Wann kommt das Paket?",
        "Je n'ai toujours pas reçu mon colis, pouvez-vous vérifier ?",
        "¿Dónde está mi pedido? Necesito el número de seguimiento.",
        "The charger was not in the box, please send it.",
        "注文した商品がまだ届いていません",
        "I want to return this, it does not fit.",
        "This is broken after two days, I want a refund or I will contact my lawyer.",
    };
    private static final Channel[] CHANNELS = {Channel.AMAZON, Channel.EBAY, Channel.SHOPEE, Channel.TIKTOK_US, Channel.LAZADA, Channel.SHOPIFY};

    @Override
    public String summary() {
        return "print benchmark figures: 'bench pipeline [N]' through the local stack, 'bench classify' against OpenNLP";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar bench pipeline [N]
                       linkstar bench classify [--train FILE] [--test FILE] [--holdout N]

                classify: trains the fallback (rules + linear model) and Apache OpenNLP's document categorizer on the same
                training file, then prints macro-F1 and single-thread messages/second of both on the same test file.
                Default: train on the project's dev sets (src/core/src/test/resources/eval/dev, dev2, dev3, dev4), test on its own
                labeled set (eval/own); --holdout N splits one file by the SHA-1 of the ids instead.

                Starts the local stack (as 'linkstar local' does, without the API), sends N generated messages (default 200)
                in several languages and channels to the ingest queue, waits until each has its draft, and prints messages
                per second, p50/p99 ingest-to-draft latency, and the DynamoDB and SQS requests per message that the functions
                made (counted by an AWS SDK execution interceptor in each function) next to the minimum the table design needs.""";
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) throws Exception {
        if (!args.isEmpty() && args.get(0).equals("classify")) {
            return ClassifyBench.run(args.subList(1, args.size()), repoRoot, out);
        }
        if (args.isEmpty() || !args.get(0).equals("pipeline")) {
            throw new Linkstar.UsageException("what to benchmark? one of: pipeline [N], classify [--train FILE] [--test FILE]");
        }
        int count;
        try {
            count = args.size() > 1 ? Integer.parseInt(args.get(1)) : 200;
        } catch (NumberFormatException e) {
            throw new Linkstar.UsageException("N must be a whole number, was '" + args.get(1) + "'");
        }
        if (count < 1 || count > 100_000 || args.size() > 2) {
            throw new Linkstar.UsageException("usage: linkstar bench pipeline [N] with 1 <= N <= 100000");
        }
        MessageNormalizer normalizer = new MessageNormalizer(Clock.systemUTC());
        try (LocalRuntime runtime = LocalRuntime.start(repoRoot, -1)) {
            out.println("local stack up; warming up with 20 messages");
            drive(runtime, normalizer, 20, Duration.ofMinutes(3));
            Thread.sleep(1500);
            Map<String, Long> before = runtime.functionRequests();

            Result result = drive(runtime, normalizer, count, Duration.ofMinutes(30));
            Thread.sleep(1500);
            Map<String, Long> used = new HashMap<>(runtime.functionRequests());
            before.forEach((operation, n) -> used.merge(operation, -n, Long::sum));

            double dynamo = sum(used, "DynamoDb:") / (double) count;
            double sqsSends = sum(used, "Sqs:SendMessage") / (double) count;
            out.printf("bench pipeline: %d messages through ingest -> classify -> draft (packaged functions, DynamoDB Local, ElasticMQ)%n", count);
            out.printf("throughput: %.1f messages/s%n", count / (result.elapsed().toMillis() / 1000.0));
            out.printf("ingest-to-draft latency: p50 %d ms, p99 %d ms%n", percentile(result.latenciesMs(), 50), percentile(result.latenciesMs(), 99));
            out.printf("DynamoDB requests/message: %.2f (design minimum %d)%n", dynamo, MIN_DYNAMODB_REQUESTS);
            out.printf("SQS sends/message: %.2f (design minimum %d)%n", sqsSends, MIN_SQS_SENDS);
            out.println("by operation (functions, whole run):");
            used.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("  %-32s %8d  %.2f/message%n", e.getKey(), e.getValue(), e.getValue() / (double) count));
            out.printf("records reported failed by the functions: %d%n", runtime.failedRecords());
            out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            return 0;
        }
    }

    record Result(Duration elapsed, List<Long> latenciesMs) {
    }

    private static Result drive(LocalRuntime runtime, MessageNormalizer normalizer, int count, Duration timeout) throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<BuyerMessage, Instant> sentAt = new HashMap<>();
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            Channel channel = CHANNELS[i % CHANNELS.length];
            InboundMessage message = new InboundMessage("demo", "bench-store", channel.wireName(), null, null, "bench-" + run + "-" + i,
                    "B-" + run + "-" + i, "buyer-" + (i % 97), null, TEXTS[i % TEXTS.length], Instant.now().toString());
            sentAt.put(normalizer.normalize(message), Instant.now());
            runtime.send(message);
        }
        Set<BuyerMessage> pending = new HashSet<>(sentAt.keySet());
        List<Long> latencies = new ArrayList<>();
        Instant last = start;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " of " + count + " messages had no draft after " + timeout.toMinutes()
                        + " min; see target/local/logs");
            }
            // Reading every pending conversation in a loop would compete with the pipeline for the same two cores:
            // wait until the stage queues are drained, then read each outcome once.
            if (runtime.stageQueuesBusy() > 0) {
                Thread.sleep(100);
                continue;
            }
            for (BuyerMessage message : List.copyOf(pending)) {
                var outcome = Outcomes.finished(runtime.store(), message);
                if (outcome.isPresent()) {
                    Instant drafted = outcome.get().draft().createdAt();
                    latencies.add(Duration.between(sentAt.get(message), drafted).toMillis());
                    last = drafted.isAfter(last) ? drafted : last;
                    pending.remove(message);
                }
            }
            Thread.sleep(100);
        }
        return new Result(Duration.between(start, last), latencies);
    }

    private static long sum(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
