package com.linkstar.reply.cli;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.port.ConversationStore;
import java.util.Optional;

/** Reads where a message stands from the store: it is final once its draft exists. */
final class Outcomes {

    record Outcome(BuyerMessage message, Classification label, ReplyDraft draft, Conversation conversation) {
    }

    private Outcomes() {
    }

    static Optional<Outcome> finished(ConversationStore store, BuyerMessage expected) {
        return store.findConversationDetail(expected.tenantId(), expected.conversationId()).flatMap(detail -> detail.drafts().stream()
                .filter(d -> d.messageId().equals(expected.messageId())).findFirst()
                .map(draft -> new Outcome(detail.messages().stream().filter(m -> m.messageId().equals(expected.messageId())).findFirst()
                        .orElse(expected), detail.labelsByMessageId().get(expected.messageId()), draft, detail.conversation())));
    }
}
