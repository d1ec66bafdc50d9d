package com.linkstar.reply.core.model;

/** What travels on the outbound queue: a pointer to a draft, so reply text is not copied into another queue. */
public record DraftRef(String tenantId, String conversationId, String draftId) {
}
