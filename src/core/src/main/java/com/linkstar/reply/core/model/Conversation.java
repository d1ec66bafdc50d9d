package com.linkstar.reply.core.model;

import java.time.Instant;
import java.util.Set;

/**
 * One buyer thread in one store and channel.
 *
 * @param sla null when no clock has ever run
 * @param version incremented by every write; approvals are conditional on it (optimistic locking)
 * @param lastReplyAutomatic the last reply sent was an automatic one: an unhappy answer to it goes to a person
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
        long version,
        boolean lastReplyAutomatic) {

    public Conversation {
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }

    /** A conversation no automatic reply has been sent in. */
    public Conversation(String tenantId, String conversationId, String storeId, Channel channel, String marketplace, String orderId,
            String buyerHandle, ConversationStatus status, String lastIntent, Set<RiskSignal> risks, Instant firstMessageAt,
            Instant lastMessageAt, Instant firstResponseAt, SlaTimer sla, long version) {
        this(tenantId, conversationId, storeId, channel, marketplace, orderId, buyerHandle, status, lastIntent, risks, firstMessageAt,
                lastMessageAt, firstResponseAt, sla, version, false);
    }
}
