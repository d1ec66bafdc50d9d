package com.linkstar.reply.core.model;

public enum ConversationStatus {
    /** A buyer message arrived and no draft exists for it yet. */
    AWAITING_REPLY,
    PENDING_APPROVAL,
    ESCALATED,
    ANSWERED
}
