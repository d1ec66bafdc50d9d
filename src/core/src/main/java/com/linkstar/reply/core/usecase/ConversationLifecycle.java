package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import java.time.Instant;
import java.util.Set;

/** How a conversation changes when a buyer message arrives: one pure function, shared by every store. */
public final class ConversationLifecycle {

    private ConversationLifecycle() {
    }

    /**
     * A new conversation starts its clock. In an existing one, a running or breached clock keeps its (earlier) due
     * time, because the buyer is still waiting for the first answer; a stopped clock starts again for the next reply.
     */
    public static Conversation onInbound(Conversation existing, BuyerMessage message, Instant dueAt) {
        if (existing == null) {
            return new Conversation(message.tenantId(), message.conversationId(), message.storeId(), message.channel(),
                    message.marketplace(), message.orderId(), message.buyerHandle(), ConversationStatus.AWAITING_REPLY, null,
                    Set.of(), message.receivedAt(), message.receivedAt(), null, SlaTimer.running(message.receivedAt(), dueAt), 1);
        }
        boolean clockRunning = existing.sla() != null && existing.sla().state() != SlaState.STOPPED;
        SlaTimer timer = clockRunning ? existing.sla() : SlaTimer.running(message.receivedAt(), dueAt);
        Instant lastMessageAt = existing.lastMessageAt().isAfter(message.receivedAt()) ? existing.lastMessageAt() : message.receivedAt();
        return new Conversation(existing.tenantId(), existing.conversationId(), existing.storeId(), existing.channel(),
                existing.marketplace(), existing.orderId() != null ? existing.orderId() : message.orderId(),
                existing.buyerHandle() != null ? existing.buyerHandle() : message.buyerHandle(), ConversationStatus.AWAITING_REPLY,
                existing.lastIntent(), existing.risks(), existing.firstMessageAt(), lastMessageAt, existing.firstResponseAt(),
                timer, existing.version() + 1);
    }
}
