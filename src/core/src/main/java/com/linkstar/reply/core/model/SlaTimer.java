package com.linkstar.reply.core.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The response clock of a conversation: started by a buyer message, stopped by a substantive reply. The sweep warns at
 * {@code warnAt} and alerts a breach at {@code dueAt}, each once.
 *
 * @param warnAt when the warning is due (a share of the allowed time); null: no warning
 * @param warnedAt when the warning went out; null: not yet
 * @param breachedAt when the breach alert went out; null: not yet
 */
public record SlaTimer(Instant startedAt, Instant dueAt, Instant warnAt, Instant warnedAt, SlaState state, Instant breachedAt) {

    public static SlaTimer running(Instant startedAt, Instant dueAt, Instant warnAt) {
        return new SlaTimer(startedAt, dueAt, warnAt, null, SlaState.RUNNING, null);
    }

    /** The moment {@code share} of the time from start to due has passed. */
    public static Instant warnAt(Instant startedAt, Instant dueAt, double share) {
        long allowed = Duration.between(startedAt, dueAt).toSeconds();
        return startedAt.plusSeconds(Math.max(0, Math.round(allowed * share)));
    }

    /** When the sweep must next look at this clock: its warning, then its due time; null once nothing is left to alert. */
    public Instant nextAlertAt() {
        if (state != SlaState.RUNNING) {
            return null;
        }
        return warnedAt == null && warnAt != null && warnAt.isBefore(dueAt) ? warnAt : dueAt;
    }

    public SlaTimer withState(SlaState newState) {
        return new SlaTimer(startedAt, dueAt, warnAt, warnedAt, newState, breachedAt);
    }

    public SlaTimer warned(Instant at) {
        return new SlaTimer(startedAt, dueAt, warnAt, at, state, breachedAt);
    }

    public SlaTimer breached(Instant at) {
        return new SlaTimer(startedAt, dueAt, warnAt, warnedAt, SlaState.BREACHED, at);
    }
}
