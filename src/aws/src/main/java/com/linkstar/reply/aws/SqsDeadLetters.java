package com.linkstar.reply.aws;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Puts a record that can never succeed straight into its queue's dead-letter queue, with the reason as a message
 * attribute, instead of letting it fail until the redrive policy moves it there without one.
 */
public final class SqsDeadLetters {

    public static final String REASON_ATTRIBUTE = "linkstar-rejection-reason";
    public static final String STAGE_ATTRIBUTE = "linkstar-stage";
    /** SQS message attribute values are limited in size; a reason is a sentence, keep it one. */
    private static final int MAX_REASON_LENGTH = 1000;

    private final SqsClient sqs;

    public SqsDeadLetters(SqsClient sqs) {
        this.sqs = sqs;
    }

    public void reject(String deadLetterQueueUrl, String stage, String body, String reason) {
        if (deadLetterQueueUrl == null || deadLetterQueueUrl.isBlank()) {
            throw new IllegalStateException("no dead-letter queue configured for stage " + stage
                    + ": the record is left on its queue so the redrive policy moves it");
        }
        String trimmed = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        sqs.sendMessage(r -> r.queueUrl(deadLetterQueueUrl).messageBody(body).messageAttributes(Map.of(
                REASON_ATTRIBUTE, MessageAttributeValue.builder().dataType("String").stringValue(trimmed).build(),
                STAGE_ATTRIBUTE, MessageAttributeValue.builder().dataType("String").stringValue(stage).build())));
    }
}
