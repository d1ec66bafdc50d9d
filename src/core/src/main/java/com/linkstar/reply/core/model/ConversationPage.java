package com.linkstar.reply.core.model;

import java.util.List;

/** @param nextCursor opaque; null when there is no further page */
public record ConversationPage(List<Conversation> conversations, String nextCursor) {
}
