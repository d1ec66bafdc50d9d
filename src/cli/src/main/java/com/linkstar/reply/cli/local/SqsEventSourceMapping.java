package com.linkstar.reply.cli.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.testsupport.SqsEventJson;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's SQS event source mapping does, on loopback: long-poll a queue, hand batches to the function, delete the
 * records it did not report in {@code batchItemFailures}. Failed records become visible again after the queue's
 * visibility timeout and move to the DLQ after its maxReceiveCount, by the queue's own redrive policy.
 */
public final class SqsEventSourceMapping implements AutoCloseable {

    private static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final FunctionProcess function;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong failedRecords = new AtomicLong();
    private final Thread poller;

    public SqsEventSourceMapping(SqsClient sqs, String queueUrl, String queueArn, FunctionProcess function) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.function = function;
        this.poller = new Thread(this::pollLoop, "esm-" + function.name());
        this.poller.setDaemon(true);
    }

    public SqsEventSourceMapping start() {
        poller.start();
        return this;
    }

    public long failedRecords() {
        return failedRecords.get();
    }

    private void pollLoop() {
        while (running.get()) {
            try {
                List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
                if (!batch.isEmpty()) {
                    deliver(batch);
                }
            } catch (RuntimeException e) {
                if (running.get()) {
                    System.err.println("[" + function.name() + "] poll failed: " + e.getMessage() + " (retrying)");
                    sleep(500);
                }
            }
        }
    }

    private void deliver(List<Message> batch) {
        String event = SqsEventJson.of(batch.stream().map(m -> new SqsEventJson.Record(m.messageId(), m.receiptHandle(), m.body(), queueArn,
                Integer.parseInt(m.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")))).toList());
        Set<String> failed = new HashSet<>();
        try {
            JsonNode response = JSON.readTree(function.runtime().invoke(event, INVOCATION_TIMEOUT).join());
            response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        } catch (Exception e) {
            // the whole invocation failed: every record stays on the queue, as Lambda leaves it
            System.err.println("[" + function.name() + "] invocation failed: " + e.getMessage() + "; see " + function.log());
            failedRecords.addAndGet(batch.size());
            return;
        }
        failedRecords.addAndGet(failed.size());
        List<DeleteMessageBatchRequestEntry> done = batch.stream().filter(m -> !failed.contains(m.messageId()))
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        try {
            poller.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
