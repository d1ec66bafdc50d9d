package com.linkstar.reply.core.model;

/** Where a draft is on its way to the buyer. */
public enum DraftStatus {
    /** Suggest-only: a person approves before anything is sent. */
    PENDING_APPROVAL,
    /** A risk signal is present: a person must handle the conversation; the draft is a starting point only. */
    ESCALATED,
    /** A person approved it; the outbound queue sends it. */
    APPROVED,
    /** It passed every gate of the tenant's routing (see {@code Router}) and is sent without a person. */
    AUTO_SEND,
    /** Delivered to the channel (email relay or the tenant's webhook), once. */
    SENT
}
