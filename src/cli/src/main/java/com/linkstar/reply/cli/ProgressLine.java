package com.linkstar.reply.cli;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.RiskSignal;
import java.util.stream.Collectors;

/** The one line printed per message when it reaches its final state: what was decided, never the buyer's text. */
final class ProgressLine {

    private ProgressLine() {
    }

    static String of(BuyerMessage message, Classification label, ReplyDraft draft, Conversation conversation, String name) {
        String risks = label.risks().isEmpty() ? "-" : label.risks().stream().map(RiskSignal::wireName).sorted().collect(Collectors.joining(","));
        String due = conversation.sla() == null ? "-" : conversation.sla().dueAt().toString();
        return String.format("%-11s %-3s %-18s risks=%-30s %-16s sla_due=%s  %s", message.channel().wireName(), label.language(),
                label.intent(), risks, draft.status(), due, name);
    }
}
