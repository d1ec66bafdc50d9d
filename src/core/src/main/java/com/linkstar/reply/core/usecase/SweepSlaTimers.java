package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.sla.DueTimer;
import com.linkstar.reply.core.sla.SlaAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The scheduled sweep: finds running clocks that are past due, marks each breached exactly once (a conditional write,
 * so overlapping sweeps cannot both alert) and publishes one alert per breach.
 */
public final class SweepSlaTimers {

    /** Bounded so one run always finishes within the function timeout; the rest waits for the next minute. */
    public static final int MAX_TIMERS_PER_SWEEP = 500;

    public record Result(int due, int breached, int alreadyHandled, int alertFailures) {
    }

    private final ConversationStore store;
    private final AlertPublisher alerts;
    private final Clock clock;

    public SweepSlaTimers(ConversationStore store, AlertPublisher alerts, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
    }

    public Result sweep() {
        Instant now = clock.instant();
        List<DueTimer> due = store.findDueTimers(now, MAX_TIMERS_PER_SWEEP);
        int breached = 0;
        int alreadyHandled = 0;
        int alertFailures = 0;
        for (DueTimer timer : due) {
            if (!store.markBreached(timer, now)) {
                alreadyHandled++;
                continue;
            }
            try {
                alerts.publish(new SlaAlert(SlaAlert.Level.BREACH, timer.tenantId(), timer.conversationId(), timer.storeId(),
                        timer.channel(), timer.dueAt(), Duration.between(timer.dueAt(), now)));
                breached++;
            } catch (RuntimeException e) {
                store.unmarkBreached(timer);
                alertFailures++;
            }
        }
        return new Result(due.size(), breached, alreadyHandled, alertFailures);
    }
}
