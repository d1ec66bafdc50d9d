package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.MessageRef;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.port.ConversationStore;
import java.time.Clock;

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
        ReplyDraft draft = drafter.draft(message, label, clock.instant());
        boolean duplicate = store.saveDraft(draft) == ConversationStore.WriteOutcome.ALREADY_EXISTED;
        return new Result(draft, duplicate);
    }
}
