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
        ConversationStore.DraftInputs inputs = store.findDraftInputs(ref);
        BuyerMessage message = inputs.message()
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " does not exist for tenant "
                        + ref.tenantId()));
        Classification label = inputs.label()
                .orElseThrow(() -> new RejectedMessageException("message " + ref.messageId() + " has no label: the draft "
                        + "stage runs only after classification; replay it through the classify queue"));
        Set<RiskSignal> earlier = inputs.conversation().map(Conversation::risks).orElse(Set.of());
        ReplyDraft draft = drafter.draft(message, withConversationRisks(earlier, label), clock.instant());
        boolean duplicate = store.saveDraft(draft) == ConversationStore.WriteOutcome.ALREADY_EXISTED;
        return new Result(draft, duplicate);
    }

    /**
     * A risk raised earlier in the conversation still stands: a polite follow-up to a legal threat goes to a person too.
     */
    private static Classification withConversationRisks(Set<RiskSignal> earlier, Classification label) {
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
