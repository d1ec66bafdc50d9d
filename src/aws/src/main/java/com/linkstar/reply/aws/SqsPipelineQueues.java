package com.linkstar.reply.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.port.PipelineQueues;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The stage queues on SQS; bodies are the JSON of the stage's payload record. */
public final class SqsPipelineQueues implements PipelineQueues {

    private final SqsClient sqs;
    private final ObjectMapper json;
    private final QueueUrls urls;

    public record QueueUrls(String ingest, String classify, String draft, String outbound) {
    }

    public SqsPipelineQueues(SqsClient sqs, ObjectMapper json, QueueUrls urls) {
        this.sqs = sqs;
        this.json = json;
        this.urls = urls;
    }

    @Override
    public void enqueueIngest(InboundMessage message) {
        send(urls.ingest(), message);
    }

    @Override
    public void enqueueClassify(MessageRef ref) {
        send(urls.classify(), ref);
    }

    @Override
    public void enqueueDraft(MessageRef ref) {
        send(urls.draft(), ref);
    }

    @Override
    public void enqueueOutbound(DraftRef ref) {
        send(urls.outbound(), ref);
    }

    private void send(String queueUrl, Object payload) {
        if (queueUrl == null || queueUrl.isBlank()) {
            throw new IllegalStateException("queue URL for " + payload.getClass().getSimpleName() + " is not configured");
        }
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
    }
}
