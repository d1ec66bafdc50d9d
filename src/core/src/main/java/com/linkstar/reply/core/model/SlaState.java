package com.linkstar.reply.core.model;

public enum SlaState {
    RUNNING,
    BREACHED,
    /** A substantive reply was sent or approved. */
    STOPPED,
    /** "No response needed": a thanks-only message on a channel that allows leaving it unanswered. */
    CLOSED
}
