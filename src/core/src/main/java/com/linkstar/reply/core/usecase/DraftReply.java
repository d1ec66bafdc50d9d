package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.port.ConversationStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** Stage 3: one reply draft per labeled message, waiting for a person or escalated to one. Nothing is sent here. */
public final class DraftReply {

    public record Result(ReplyDraft draft, boolean duplicate) {
    }

    private final ConversationStore store;
    private final TemplateDrafter drafter;
    private final Clock clock;

    public DraftReply(ConversationStore store, TemplateDrafter drafter, Clock clock) {
        this.store = store;
        this.drafter = drafter;
        this.clock = clock;
    }

    public Result handle(MessageRef ref) {
        BuyerMessage message = store.findMessage(ref)
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " does not exist for tenant "
                        + ref.tenantId()));
        Classification label = store.findLabel(ref)
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " has no label: the draft "
                        + "stage runs only after classification; replay it through the classify queue"));
        ReplyDraft draft = drafter.draft(message, withConversationRisks(ref, label), clock.instant());
        boolean duplicate = store.saveDraft(draft) == ConversationStore.WriteOutcome.ALREADY_EXISTED;
        return new Result(draft, duplicate);
    }

    /**
     * A risk raised earlier in the conversation still stands: a polite follow-up to a legal threat goes to a person too.
     */
    private Classification withConversationRisks(MessageRef ref, Classification label) {
        Set<RiskSignal> earlier = store.findConversation(ref.tenantId(), ref.conversationId()).map(Conversation::risks).orElse(Set.of());
        if (label.risks().containsAll(earlier)) {
            return label;
        }
        Set<RiskSignal> all = EnumSet.noneOf(RiskSignal.class);
        all.addAll(label.risks());
        all.addAll(earlier);
        return new Classification(label.intent(), label.confidence(), all, label.sentiment(), label.language(), label.source(),
                label.evidence());
    }
}
