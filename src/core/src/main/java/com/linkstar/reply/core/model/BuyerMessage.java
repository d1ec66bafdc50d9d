package com.linkstar.reply.core.model;

import java.time.Instant;
import java.util.Objects;

/** The canonical buyer message every channel is normalised into. Immutable once stored. */
public record BuyerMessage(
        String tenantId,
        String storeId,
        Channel channel,
        String marketplace,
        String conversationId,
        String messageId,
        String platformMessageId,
        String orderId,
        String buyerHandle,
        String subject,
        String text,
        Instant receivedAt) {

    public BuyerMessage {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public MessageRef ref() {
        return new MessageRef(tenantId, conversationId, messageId);
    }
}
