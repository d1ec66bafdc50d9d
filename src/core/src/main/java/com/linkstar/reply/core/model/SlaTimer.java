package com.linkstar.reply.core.model;

import java.time.Instant;

/** The response clock of a conversation: started by a buyer message, stopped by a substantive reply. */
public record SlaTimer(Instant startedAt, Instant dueAt, SlaState state, Instant breachedAt) {

    public static SlaTimer running(Instant startedAt, Instant dueAt) {
        return new SlaTimer(startedAt, dueAt, SlaState.RUNNING, null);
    }
}
