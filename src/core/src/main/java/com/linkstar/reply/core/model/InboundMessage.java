package com.linkstar.reply.core.model;

/**
 * A buyer message as a channel adapter or the API hands it to the ingest queue: loosely typed on purpose,
 * so that a bad field is reported by {@link com.linkstar.reply.core.usecase.MessageNormalizer} with a reason
 * instead of failing deserialisation without one.
 *
 * @param conversationId the platform's thread id when it has one; derived from store, buyer and order otherwise
 * @param receivedAt ISO-8601 instant or offset date-time
 */
public record InboundMessage(
        String tenantId,
        String storeId,
        String channel,
        String marketplace,
        String conversationId,
        String platformMessageId,
        String orderId,
        String buyerHandle,
        String subject,
        String text,
        String receivedAt) {

    /** The same message attributed to a tenant: the API takes the tenant from the caller's credentials, never the body. */
    public InboundMessage forTenant(String authenticatedTenantId) {
        return new InboundMessage(authenticatedTenantId, storeId, channel, marketplace, conversationId, platformMessageId,
                orderId, buyerHandle, subject, text, receivedAt);
    }
}
