package com.linkstar.reply.core.port;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ConversationDetail;
import com.linkstar.reply.core.model.ConversationFilter;
import com.linkstar.reply.core.model.ConversationPage;
import com.linkstar.reply.core.model.ConversationStatus;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.SlaTimer;
import com.linkstar.reply.core.sla.DueTimer;
import com.linkstar.reply.core.sla.SlaFigures;
import com.linkstar.reply.core.sla.SlaResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Conversation state. Every write is idempotent under redelivery and safe against racing writers: implementations
 * use conditional writes, never read-modify-write without a condition. Every read is scoped to one tenant.
 */
public interface ConversationStore {

    enum WriteOutcome {
        CREATED,
        ALREADY_EXISTED
    }

    /**
     * Stores the message and creates or updates its conversation in one atomic step (see
     * {@link com.linkstar.reply.core.usecase.ConversationLifecycle#onInbound}).
     *
     * @param clock the clock this message starts if the conversation has none running
     */
    WriteOutcome recordInbound(BuyerMessage message, SlaTimer clock);

    Optional<BuyerMessage> findMessage(MessageRef ref);

    /** Stores the label of a message once, and records the intent and risks on the conversation. */
    WriteOutcome saveLabel(MessageRef ref, Classification label);

    Optional<Classification> findLabel(MessageRef ref);

    /** What drafting needs of one message, read together: the message, its label and its conversation. */
    record DraftInputs(Optional<BuyerMessage> message, Optional<Classification> label, Optional<Conversation> conversation) {
    }

    /** One read instead of three; implementations fetch the three items in a single request where they can. */
    default DraftInputs findDraftInputs(MessageRef ref) {
        return new DraftInputs(findMessage(ref), findLabel(ref), findConversation(ref.tenantId(), ref.conversationId()));
    }

    /** Stores the draft of a message once, and moves the conversation to the draft's status. */
    WriteOutcome saveDraft(ReplyDraft draft);

    Optional<Conversation> findConversation(String tenantId, String conversationId);

    Optional<ConversationDetail> findConversationDetail(String tenantId, String conversationId);

    /** Most recently active first. */
    ConversationPage listConversations(String tenantId, ConversationFilter filter, int limit, String cursor);

    Optional<ReplyDraft> findDraft(DraftRef ref);

    enum SendClaim {
        CLAIMED,
        ALREADY_SENT,
        /** Another invocation holds an unexpired claim. */
        CLAIMED_ELSEWHERE,
        /** Neither approved nor automatic (held for approval meanwhile). */
        NOT_SENDABLE
    }

    /**
     * Claims an approved or automatic draft for sending until {@code leaseUntil}; a claim whose lease expired (its sender
     * crashed) can be taken over.
     */
    SendClaim claimSend(DraftRef ref, Instant now, Instant leaseUntil);

    /** Gives a claim back after a failed send, so the retry can claim at once. */
    void releaseSend(DraftRef ref);

    /**
     * What sending a reply does to its conversation.
     *
     * @param automatic sent without a person (remembered, so an unhappy answer to it escalates)
     * @param expectedVersion the conversation version the status change is conditional on; null: no status change
     * @param newStatus ANSWERED (the clock stops), AWAITING_REPLY (an acknowledgement: the clock runs on) or null
     * @param response the figures of the answered clock; null when none is answered
     */
    record SentRecord(boolean automatic, Long expectedVersion, ConversationStatus newStatus, SlaResponse response) {

        /** A substantive reply (approved by a person, or automatic and grounded in confirmed facts): the clock stops. */
        public static SentRecord answer(boolean automatic, long version, SlaResponse response) {
            return new SentRecord(automatic, version, ConversationStatus.ANSWERED, response);
        }

        /** An automatic acknowledgement: the platforms do not count it, the clock runs on and a person is needed. */
        public static SentRecord acknowledgement(long version) {
            return new SentRecord(true, version, ConversationStatus.AWAITING_REPLY, null);
        }

        /** The reply is recorded as sent and the conversation left alone (a newer buyer message has its own clock). */
        public static SentRecord recordOnly(boolean automatic) {
            return new SentRecord(automatic, null, null, null);
        }
    }

    enum SentOutcome {
        RECORDED,
        /** The conversation's version changed: nothing was written. */
        CONCURRENT_CHANGE
    }

    /**
     * Marks a claimed draft sent and records what the reply did to its conversation, atomically. Marking a draft that is
     * already sent records nothing more and answers RECORDED.
     */
    SentOutcome markSent(ReplyDraft draft, Instant sentAt, SentRecord record);

    /** An automatic draft met a paused switch: it waits for approval. False when it was no longer automatic. */
    boolean holdAutomatic(DraftRef ref, String reason);

    /**
     * An approved or automatic reply that cannot be delivered as configured goes back to a person: the draft becomes
     * ESCALATED with the reason, and so does the conversation; its clock keeps running, so the sweep warns before it
     * breaches. False when the draft was neither approved nor automatic any more.
     */
    boolean returnUndelivered(DraftRef ref, String reason);

    enum ApprovalOutcome {
        APPROVED,
        NOT_FOUND,
        NOT_PENDING,
        CONCURRENT_CHANGE
    }

    /**
     * Approves a pending or escalated draft, provided the conversation still has {@code expectedVersion}: a buyer message
     * that arrived meanwhile makes the approval fail. The conversation becomes SENDING; its clock stops only when the
     * reply is delivered ({@link #markSent}), so a reply that never reaches the buyer is never counted as an answer.
     */
    ApprovalOutcome approveDraft(String tenantId, String conversationId, String draftId, String approvedBy,
            long expectedVersion, Instant approvedAt);

    /**
     * The tenant's response figures per day, channel and store, for days {@code from} to {@code to} (UTC, inclusive).
     */
    List<SlaFigures> slaFigures(String tenantId, LocalDate from, LocalDate to);

    /**
     * Running timers with an alert (warning or breach) due at or before {@code now}, read through an index keyed by
     * each timer's next alert time: the cost grows with the timers due, not with the open conversations.
     */
    List<DueTimer> findDueTimers(Instant now, int limit);

    /**
     * Marks a running timer warned, once: only the caller that wins this conditional write alerts. The timer's next
     * alert becomes its due time.
     *
     * @return false when another sweep already warned, or the clock changed meanwhile
     */
    boolean markWarned(DueTimer timer, Instant at);

    /** Undoes {@link #markWarned} when the warning could not be published, so the next sweep tries again. */
    void unmarkWarned(DueTimer timer);

    /**
     * Marks a running timer breached, once, and counts the breach in the figures of its day (UTC) in the same atomic
     * write: only the caller that wins this conditional write alerts.
     *
     * @return false when another sweep already marked it or the clock was stopped meanwhile
     */
    boolean markBreached(DueTimer timer, Instant at);

    /**
     * Undoes {@link #markBreached} (its figures too) when the alert could not be published, so the next sweep tries
     * again.
     *
     * @param markedAt the time given to {@link #markBreached}
     */
    void unmarkBreached(DueTimer timer, Instant markedAt);

    /**
     * "No response needed": closes the running clock that {@code startedAt} started (a thanks-only message), and only
     * that one: a clock started by an earlier, unanswered message keeps running.
     *
     * @return false when no such clock runs
     */
    boolean closeWithoutResponse(String tenantId, String conversationId, Instant startedAt);
}
