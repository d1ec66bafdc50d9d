package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.DraftRef;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.port.PipelineQueues;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome;
import java.time.Clock;

/**
 * A person approves a draft: the reply is queued for sending. The conversation is answered, and its clock stops, when the
 * send stage has delivered it; a reply that cannot be delivered comes back to a person with the reason.
 */
public final class ApproveDraft {

    private final ConversationStore store;
    private final PipelineQueues queues;
    private final Clock clock;

    public ApproveDraft(ConversationStore store, PipelineQueues queues, Clock clock) {
        this.store = store;
        this.queues = queues;
        this.clock = clock;
    }

    /**
     * @return {@link ApprovalOutcome#NOT_FOUND} also when the conversation belongs to another tenant, so that a caller
     *     cannot learn which ids exist elsewhere
     */
    public ApprovalOutcome approve(String tenantId, String conversationId, String draftId, String approvedBy) {
        Conversation conversation = store.findConversation(tenantId, conversationId).orElse(null);
        if (conversation == null) {
            return ApprovalOutcome.NOT_FOUND;
        }
        ApprovalOutcome outcome = store.approveDraft(tenantId, conversationId, draftId, approvedBy, conversation.version(),
                clock.instant());
        DraftRef ref = new DraftRef(tenantId, conversationId, draftId);
        if (outcome == ApprovalOutcome.NOT_PENDING
                && store.findDraft(ref).map(d -> d.status() == DraftStatus.APPROVED).orElse(false)) {
            // approved before but perhaps never queued (the queue failed after the approval): approving again queues it again;
            // the send stage sends a draft once
            outcome = ApprovalOutcome.APPROVED;
        }
        if (outcome == ApprovalOutcome.APPROVED) {
            queues.enqueueOutbound(ref);
        }
        return outcome;
    }
}
