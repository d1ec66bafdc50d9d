package com.linkstar.reply.core.port;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.routing.AutomationSettings;

/**
 * Delivers a reply to the buyer's channel: the marketplace's email relay (Amazon) or the tenant's webhook (the other
 * channels' connectors). The draft id is the idempotency key, passed on where the endpoint honours one.
 */
public interface ReplySender {

    /**
     * @param buyerHandle the address the reply goes to: the relay address for email channels, the platform's buyer id otherwise
     * @param inReplyTo the platform's id of the buyer message answered (email Message-ID, chat message id)
     * @param delivery the tenant's sender address and webhook
     */
    record OutboundReply(String tenantId, String conversationId, String draftId, String messageId, Channel channel, String storeId,
            String marketplace, String buyerHandle, String inReplyTo, String subject, String language, String text, boolean automatic,
            AutomationSettings.Delivery delivery) {
    }

    /** A reply that can never be delivered as configured (no sender address or webhook, a refused address): not retried. */
    final class UndeliverableException extends RuntimeException {
        public UndeliverableException(String reason) {
            super(reason);
        }
    }

    /**
     * @throws UndeliverableException when retrying cannot help; any other exception is retried
     */
    void send(OutboundReply reply);
}
