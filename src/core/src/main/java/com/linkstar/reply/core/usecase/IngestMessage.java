package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.InboundMessage;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.port.TenantDirectory;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.sla.SlaClocks;
import java.time.Instant;

/** Stage 1: validate, normalise, store once, start the SLA clock, hand over to classification. */
public final class IngestMessage {

    public record Result(BuyerMessage message, boolean duplicate, Instant dueAt) {
    }

    private final MessageNormalizer normalizer;
    private final TenantDirectory tenants;
    private final ConversationStore store;
    private final SlaClocks slaClocks;
    private final PipelineQueues queues;

    public IngestMessage(MessageNormalizer normalizer, TenantDirectory tenants, ConversationStore store, SlaClocks slaClocks,
            PipelineQueues queues) {
        this.normalizer = normalizer;
        this.tenants = tenants;
        this.store = store;
        this.slaClocks = slaClocks;
        this.queues = queues;
    }

    public Result handle(InboundMessage inbound) {
        BuyerMessage message = normalizer.normalize(inbound);
        if (!tenants.isActive(message.tenantId())) {
            throw new RejectedMessageException("unknown or inactive tenant '" + message.tenantId() + "'");
        }
        SlaTimer clock = slaClocks.start(message);
        boolean duplicate = store.recordInbound(message, clock) == ConversationStore.WriteOutcome.ALREADY_EXISTED;
        // A duplicate is forwarded again on purpose: the first delivery may have stored the message and then failed
        // before enqueueing. Classification is idempotent, so forwarding twice costs a no-op, never a lost message.
        queues.enqueueClassify(message.ref());
        return new Result(message, duplicate, clock.dueAt());
    }
}
