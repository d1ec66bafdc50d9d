package com.linkstar.reply.core.model;

/** What travels between the classify and draft stages: a pointer, so buyer text is not copied into more queues. */
public record MessageRef(String tenantId, String conversationId, String messageId) {
}
