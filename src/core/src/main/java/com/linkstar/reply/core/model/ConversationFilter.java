package com.linkstar.reply.core.model;

/** Optional filters of the conversation list; null means "any". */
public record ConversationFilter(ConversationStatus status, Channel channel, String storeId) {

    public static ConversationFilter any() {
        return new ConversationFilter(null, null, null);
    }

    public boolean matches(Conversation c) {
        return (status == null || status == c.status())
                && (channel == null || channel == c.channel())
                && (storeId == null || storeId.equals(c.storeId()));
    }
}
