package com.linkstar.reply.core.model;

import java.time.Instant;
import java.util.Set;

/**
 * One buyer thread in one store and channel.
 *
 * @param sla null when no clock has ever run
 * @param version incremented by every write; approvals are conditional on it (optimistic locking)
 */
public record Conversation(
        String tenantId,
        String conversationId,
        String storeId,
        Channel channel,
        String marketplace,
        String orderId,
        String buyerHandle,
        ConversationStatus status,
        String lastIntent,
        Set<RiskSignal> risks,
        Instant firstMessageAt,
        Instant lastMessageAt,
        Instant firstResponseAt,
        SlaTimer sla,
        long version) {

    public Conversation {
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }
}
