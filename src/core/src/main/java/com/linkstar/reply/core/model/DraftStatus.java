package com.linkstar.reply.core.model;

public enum DraftStatus {
    /** Suggest-only: a person approves before anything is sent. */
    PENDING_APPROVAL,
    /** A risk signal is present: a person must handle the conversation; the draft is a starting point only. */
    ESCALATED,
    APPROVED
}
