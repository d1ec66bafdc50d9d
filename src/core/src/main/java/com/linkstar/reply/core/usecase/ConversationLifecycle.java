package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.SlaState;
import com.linkstar.reply.core.model.SlaTimer;
import java.time.Instant;
import java.util.Set;

/** How a conversation changes when a buyer message arrives: one pure function, shared by every store. */
public final class ConversationLifecycle {

    private ConversationLifecycle() {
    }

    /**
     * A new conversation starts its clock. In an existing one, a running or breached clock keeps the earliest due time,
     * because the buyer is still waiting for the first answer; a stopped or closed clock starts again for the next reply.
     *
     * @param clock the clock this message would start on its own
     */
    public static Conversation onInbound(Conversation existing, BuyerMessage message, SlaTimer clock) {
        if (existing == null) {
            return new Conversation(message.tenantId(), message.conversationId(), message.storeId(), message.channel(),
                    message.marketplace(), message.orderId(), message.buyerHandle(), ConversationStatus.AWAITING_REPLY, null,
                    Set.of(), message.receivedAt(), message.receivedAt(), null, clock, 1);
        }
        SlaTimer timer = clock;
        SlaTimer current = existing.sla();
        if (current != null && (current.state() == SlaState.RUNNING || current.state() == SlaState.BREACHED)) {
            boolean earlier = current.state() == SlaState.RUNNING && clock.dueAt().isBefore(current.dueAt());
            timer = earlier ? new SlaTimer(current.startedAt(), clock.dueAt(), clock.warnAt(), current.warnedAt(), SlaState.RUNNING, null)
                    : current;
        }
        Instant lastMessageAt = existing.lastMessageAt().isAfter(message.receivedAt()) ? existing.lastMessageAt() : message.receivedAt();
        return new Conversation(existing.tenantId(), existing.conversationId(), existing.storeId(), existing.channel(),
                existing.marketplace(), existing.orderId() != null ? existing.orderId() : message.orderId(),
                existing.buyerHandle() != null ? existing.buyerHandle() : message.buyerHandle(), ConversationStatus.AWAITING_REPLY,
                existing.lastIntent(), existing.risks(), existing.firstMessageAt(), lastMessageAt, existing.firstResponseAt(),
                timer, existing.version() + 1, existing.lastReplyAutomatic());
    }

    /** Where a conversation stands once a draft for its latest message is stored. */
    public static ConversationStatus statusAfterDraft(DraftStatus draft) {
        return switch (draft) {
            case ESCALATED -> ConversationStatus.ESCALATED;
            case AUTO_SEND -> ConversationStatus.SENDING;
            default -> ConversationStatus.PENDING_APPROVAL;
        };
    }
}
