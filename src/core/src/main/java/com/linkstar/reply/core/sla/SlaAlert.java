package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.RiskSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A warning before a reply is due, a breach once it is overdue, or a reply that could not be delivered: what a seller
 * needs to act on it.
 *
 * @param timeLeft until the due time; negative once overdue
 * @param intent null before classification
 * @param reason what went wrong and what to do, for an undelivered reply; null for the clock's own alerts
 */
public record SlaAlert(
        Level level,
        String tenantId,
        String conversationId,
        String storeId,
        Channel channel,
        String intent,
        Set<RiskSignal> risks,
        Instant dueAt,
        Duration timeLeft,
        String reason) {

    public SlaAlert {
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }

    public enum Level {
        WARNING,
        BREACH,
        /** An approved or automatic reply could not be delivered: it is back with a person and the clock runs on. */
        UNDELIVERED
    }

    public static SlaAlert of(DueTimer timer, Instant now) {
        return new SlaAlert(timer.levelAt(now), timer.tenantId(), timer.conversationId(), timer.storeId(), timer.channel(),
                timer.intent(), timer.risks(), timer.dueAt(), Duration.between(now, timer.dueAt()), null);
    }
}
