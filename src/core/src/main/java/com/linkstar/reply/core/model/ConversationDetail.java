package com.linkstar.reply.core.model;

import java.util.List;
import java.util.Map;

/** A conversation with everything stored under it, for the API and the local console. */
public record ConversationDetail(
        Conversation conversation,
        List<BuyerMessage> messages,
        Map<String, Classification> labelsByMessageId,
        List<ReplyDraft> drafts) {
}
