package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.port.ConversationStore.ApprovalOutcome;
import com.linkstar.reply.core.sla.SlaResponse;
import java.time.Clock;
import java.time.Instant;

/** A person approves a draft: the conversation counts as answered and its clock stops. */
public final class ApproveDraft {

    private final ConversationStore store;
    private final Clock clock;

    public ApproveDraft(ConversationStore store, Clock clock) {
        this.store = store;
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
        Instant now = clock.instant();
        return store.approveDraft(tenantId, conversationId, draftId, approvedBy, conversation.version(), now,
                SlaResponse.of(conversation, now));
    }
}
