package com.linkstar.reply.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.aws.PayloadJson;
import com.linkstar.reply.cli.local.LocalRuntime;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.ConversationFilter;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.usecase.MessageNormalizer;
import com.linkstar.reply.core.usecase.RejectedMessageException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code linkstar local [--once] [--port N] [--timeout SECONDS]}: the system on an embedded default, fed the samples. */
final class LocalCommand implements Linkstar.Command {

    @Override
    public String summary() {
        return "run the whole pipeline and the HTTP API locally (embedded DynamoDB Local + ElasticMQ) and feed infra/samples";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar local [--once] [--port N] [--timeout SECONDS]

                Starts DynamoDB Local, ElasticMQ and an SNS/SES/SSM stand-in in-process with the table and queues of template.yaml,
                runs the packaged functions (ingest, classify, draft, send, sla-sweep) and the API as Lambdas behind a local runtime,
                serves the HTTP API on http://127.0.0.1:N (default 8787; Authorization: Bearer local-demo-token),
                and sends every message of infra/samples/ to the ingest queue. Prints one line per message when its draft exists,
                and one per reply delivered (approved or automatic): Amazon's by e-mail, the others' to a local signed-webhook
                connector, each written to target/local/outbox/.

                  --once        exit 0 once every sample reached its final state (1 if one did not within the timeout)
                  --port N      HTTP API port (0 = any free port)
                  --timeout S   how long --once waits (default 180)""";
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) throws Exception {
        Linkstar.rejectUnknown(args, List.of("--port", "--timeout"), List.of("--once"));
        boolean once = args.contains("--once");
        int port = Linkstar.intOption(args, "--port", 8787, 0, 65535);
        int timeoutSeconds = Linkstar.intOption(args, "--timeout", 180, 5, 3600);

        ObjectMapper json = PayloadJson.newMapper();
        MessageNormalizer normalizer = new MessageNormalizer(Clock.systemUTC());
        Map<BuyerMessage, String> expected = new LinkedHashMap<>();
        List<InboundMessage> toSend = new java.util.ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Path sample : LocalRuntime.samples(repoRoot)) {
            InboundMessage message = LocalRuntime.readSample(sample, json);
            if (message.receivedAt() == null) {
                message = new InboundMessage(message.tenantId(), message.storeId(), message.channel(), message.marketplace(),
                        message.conversationId(), message.platformMessageId(), message.orderId(), message.buyerHandle(), message.subject(),
                        message.text(), now.minusSeconds(60).toString());
            }
            try {
                expected.put(normalizer.normalize(message), sample.getFileName().toString());
                toSend.add(message);
            } catch (RejectedMessageException e) {
                throw new Linkstar.UsageException("sample " + sample.getFileName() + " is invalid: " + e.getMessage());
            }
        }

        out.println("starting the local stack (first start of the packaged functions takes a few seconds)...");
        try (LocalRuntime runtime = LocalRuntime.start(repoRoot, port)) {
            out.printf("ready: HTTP API http://127.0.0.1:%d/v1 (Authorization: Bearer local-demo-token); logs in target/local/logs%n",
                    runtime.apiPort());
            runtime.outbox().onDelivered(sent -> out.printf("delivered   %-11s by %-7s to %s: %s%n", sent.channel(), sent.via(),
                    sent.recipient(), repoRoot.relativize(sent.file())));
            toSend.forEach(runtime::send);
            out.printf("sent %d sample messages to the ingest queue%n", toSend.size());

            Set<BuyerMessage> pending = new HashSet<>(expected.keySet());
            Set<String> printedDrafts = new HashSet<>();
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (!pending.isEmpty() && (!once || System.nanoTime() < deadline)) {
                for (BuyerMessage message : List.copyOf(pending)) {
                    Outcomes.finished(runtime.store(), message).ifPresent(outcome -> {
                        out.println(ProgressLine.of(outcome.message(), outcome.label(), outcome.draft(), outcome.conversation(),
                                expected.get(message)));
                        printedDrafts.add(outcome.draft().draftId());
                        pending.remove(message);
                    });
                }
                Thread.sleep(200);
            }
            if (once) {
                if (!pending.isEmpty()) {
                    out.printf("%d of %d samples did not reach a final state within %d s; see target/local/logs and the DLQs%n",
                            pending.size(), expected.size(), timeoutSeconds);
                    return 1;
                }
                out.printf("all %d samples processed%n", expected.size());
                return 0;
            }
            out.println("serving; messages posted to the API are printed as they are drafted. Ctrl-C stops.");
            watchForever(runtime, out, printedDrafts);
            return 0;
        }
    }

    private static void watchForever(LocalRuntime runtime, PrintStream out, Set<String> printed) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        while (stopped.getCount() > 0) {
            for (String tenant : LocalRuntime.TENANT_BY_TOKEN.values()) {
                for (var conversation : runtime.store().listConversations(tenant, ConversationFilter.any(), 50, null).conversations()) {
                    runtime.store().findConversationDetail(tenant, conversation.conversationId()).ifPresent(detail -> detail.drafts().stream()
                            .filter(d -> printed.add(d.draftId()))
                            .forEach(d -> detail.messages().stream().filter(m -> m.messageId().equals(d.messageId())).findFirst()
                                    .ifPresent(m -> out.println(ProgressLine.of(m, detail.labelsByMessageId().get(m.messageId()), d,
                                            detail.conversation(), "api")))));
                }
            }
            Thread.sleep(1000);
        }
    }
}
