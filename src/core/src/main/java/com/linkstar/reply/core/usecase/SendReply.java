package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.ConversationStore.SendClaim;
import com.linkstar.reply.core.port.ConversationStore.SentRecord;
import com.linkstar.reply.core.port.ReplySender;
import com.linkstar.reply.core.routing.AutomationSwitches;
import com.linkstar.reply.core.sla.SlaAlert;
import com.linkstar.reply.core.sla.SlaResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stage 4: an approved or automatic draft is delivered to the buyer, once. The draft is claimed for a short lease before
 * the sender is called, so a redelivered or racing queue message does not send twice; a failed send releases the claim
 * and is retried.
 *
 * <p>What the delivered reply does to the clock: a reply a person approved stops it, at delivery (the platforms measure
 * the reply the buyer gets, not the click). An automatic reply stops it only when it is substantive - it states
 * confirmed order facts or a confirmed action; an automatic acknowledgement ("we are checking") does not count on the
 * platforms (DESIGN.md §5), so the clock keeps running and the conversation awaits a person. A reply that cannot be
 * delivered as configured goes back to a person (escalated, with the reason) and to the dead-letter queue; the clock
 * keeps running, so the sweep warns the seller before it breaches.
 */
public final class SendReply {

    public enum Outcome {
        SENT,
        /** Sent before: nothing happened now. */
        ALREADY_SENT,
        /** An automatic draft met a paused switch: it waits for a person's approval instead. */
        HELD_FOR_APPROVAL,
        /** The draft is no longer sendable (held or changed meanwhile). */
        NOT_SENDABLE
    }

    public record Result(Outcome outcome, ReplyDraft draft, boolean clockStopped) {
    }

    static final Duration SEND_LEASE = Duration.ofMinutes(2);
    private static final int MAX_ATTEMPTS = 5;

    private final ConversationStore store;
    private final AutomationSwitches switches;
    private final ReplySender sender;
    private final AlertPublisher alerts;
    private final Clock clock;

    /** @param alerts where the seller is told at once that a reply could not be delivered */
    public SendReply(ConversationStore store, AutomationSwitches switches, ReplySender sender, AlertPublisher alerts, Clock clock) {
        this.store = store;
        this.switches = switches;
        this.sender = sender;
        this.alerts = alerts;
        this.clock = clock;
    }

    public Result handle(DraftRef ref) {
        ReplyDraft draft = store.findDraft(ref).orElseThrow(() -> new RejectedMessageException("draft " + ref.draftId()
                + " does not exist in conversation " + ref.conversationId() + " of tenant " + ref.tenantId()));
        if (draft.status() == DraftStatus.SENT) {
            return new Result(Outcome.ALREADY_SENT, draft, false);
        }
        if (draft.status() != DraftStatus.APPROVED && draft.status() != DraftStatus.AUTO_SEND) {
            throw new RejectedMessageException("draft " + ref.draftId() + " is " + draft.status() + ": only an approved or automatic "
                    + "draft is sent; approve it through the API, which queues it again");
        }
        // the conversation and the message answered, in one read
        ConversationStore.DraftInputs inputs = store.findDraftInputs(new MessageRef(ref.tenantId(), ref.conversationId(), draft.messageId()));
        Conversation conversation = inputs.conversation()
                .orElseThrow(() -> new RejectedMessageException("conversation " + ref.conversationId() + " does not exist"));
        BuyerMessage answered = inputs.message().orElse(null);
        AutomationSwitches.Switches now = switches.current(ref.tenantId());
        boolean automatic = draft.status() == DraftStatus.AUTO_SEND;
        if (automatic && now.paused()) {
            boolean held = store.holdAutomatic(ref, now.globallyPaused() ? "automation is paused for every tenant"
                    : "automation is paused for this tenant");
            return new Result(held ? Outcome.HELD_FOR_APPROVAL : Outcome.NOT_SENDABLE, draft, false);
        }
        Instant at = clock.instant();
        SendClaim claim = store.claimSend(ref, at, at.plus(SEND_LEASE));
        switch (claim) {
            case ALREADY_SENT:
                return new Result(Outcome.ALREADY_SENT, draft, false);
            case NOT_SENDABLE:
                return new Result(Outcome.NOT_SENDABLE, draft, false);
            case CLAIMED_ELSEWHERE:
                // another delivery of this record is sending it; SQS offers this one again after the visibility timeout
                throw new IllegalStateException("draft " + ref.draftId() + " is being sent by another invocation; retried later");
            case CLAIMED:
            default:
                break;
        }
        try {
            sender.send(new ReplySender.OutboundReply(ref.tenantId(), ref.conversationId(), ref.draftId(), draft.messageId(),
                    conversation.channel(), conversation.storeId(), conversation.marketplace(), conversation.buyerHandle(),
                    answered == null ? null : answered.platformMessageId(), answered == null ? null : answered.subject(), draft.language(),
                    draft.text(), automatic, now.tenant().delivery()));
        } catch (ReplySender.UndeliverableException e) {
            String reason = "the reply could not be delivered: " + e.getMessage() + "; then approve it again, or answer on the platform";
            String alerted = "";
            if (store.returnUndelivered(ref, reason)) {
                alerted = alertUndelivered(draft, conversation, reason);
            } else {
                store.releaseSend(ref);
            }
            throw new RejectedMessageException("draft " + ref.draftId() + " cannot be delivered: " + e.getMessage() + alerted);
        } catch (RuntimeException e) {
            store.releaseSend(ref);
            throw e;
        }
        return recordSent(draft, conversation, answered, automatic, clock.instant());
    }

    /**
     * Tells the seller now, not only when the clock nears its end: the reply is back with a person. A failed alert does not
     * stop the draft going back (the dead-letter alarm and the clock's own warning still come).
     *
     * @return what to add to the dead-letter reason when the alert could not be published, else ""
     */
    private String alertUndelivered(ReplyDraft draft, Conversation conversation, String reason) {
        Instant now = clock.instant();
        Instant dueAt = conversation.sla() == null ? null : conversation.sla().dueAt();
        try {
            alerts.publish(new SlaAlert(SlaAlert.Level.UNDELIVERED, draft.tenantId(), draft.conversationId(), conversation.storeId(),
                    conversation.channel(), draft.intent(), conversation.risks(), dueAt == null ? now : dueAt,
                    dueAt == null ? Duration.ZERO : Duration.between(now, dueAt), reason));
            return "";
        } catch (RuntimeException alertFailure) {
            return "; the seller could not be alerted (" + alertFailure.getClass().getSimpleName() + "): check the alert topic";
        }
    }

    /**
     * The conversation may have moved on while sending (a new buyer message, a sweep): re-read and decide again.
     */
    private Result recordSent(ReplyDraft draft, Conversation conversation, BuyerMessage answered, boolean automatic, Instant sentAt) {
        // a person's reply always counts; an automatic one only when it is grounded in confirmed facts or actions
        boolean substantive = !automatic || TemplateDrafter.isFactGrounded(draft.templateId());
        Conversation current = conversation;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            boolean newerMessage = answered != null && current.lastMessageAt() != null && current.lastMessageAt().isAfter(answered.receivedAt());
            SentRecord record;
            if (newerMessage) {
                record = SentRecord.recordOnly(automatic); // the buyer wrote again: that message has its own draft and clock
            } else if (substantive) {
                record = SentRecord.answer(automatic, current.version(), SlaResponse.of(current, sentAt));
            } else {
                record = SentRecord.acknowledgement(current.version());
            }
            if (store.markSent(draft, sentAt, record) == ConversationStore.SentOutcome.RECORDED) {
                return new Result(Outcome.SENT, draft, record.newStatus() == ConversationStatus.ANSWERED);
            }
            current = store.findConversation(draft.tenantId(), draft.conversationId()).orElse(current);
        }
        // never leave a delivered reply unrecorded (a retry would send it again): record it without touching the clock, which
        // then keeps running and alerts a person, the safe side
        store.markSent(draft, sentAt, SentRecord.recordOnly(automatic));
        return new Result(Outcome.SENT, draft, false);
    }
}
