package com.linkstar.reply.core.model;

public enum ConversationStatus {
    /** A buyer message arrived and no draft exists for it yet. */
    AWAITING_REPLY,
    PENDING_APPROVAL,
    ESCALATED,
    /** An automatic reply is on its way; a person is not needed unless the buyer answers unhappily. */
    SENDING,
    ANSWERED
}
