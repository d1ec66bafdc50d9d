package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.port.TenantDirectory;

/**
 * A message submitted through the API: validated at once (so the caller gets the reason), attributed to the
 * authenticated tenant, and queued for ingest.
 */
public final class SubmitMessage {

    private final MessageNormalizer normalizer;
    private final TenantDirectory tenants;
    private final PipelineQueues queues;

    public SubmitMessage(MessageNormalizer normalizer, TenantDirectory tenants, PipelineQueues queues) {
        this.normalizer = normalizer;
        this.tenants = tenants;
        this.queues = queues;
    }

    /** @return the message as it will be stored, with its derived ids */
    public BuyerMessage submit(String authenticatedTenantId, InboundMessage body) {
        if (body == null) {
            throw new RejectedMessageException("request body is empty");
        }
        InboundMessage attributed = body.forTenant(authenticatedTenantId);
        BuyerMessage normalized = normalizer.normalize(attributed);
        if (!tenants.isActive(authenticatedTenantId)) {
            throw new RejectedMessageException("tenant '" + authenticatedTenantId + "' is not active");
        }
        queues.enqueueIngest(attributed);
        return normalized;
    }
}
