package com.linkstar.reply.core.usecase;

import com.linkstar.reply.core.port.AlertPublisher;
import com.linkstar.reply.core.port.ConversationStore;
import com.linkstar.reply.core.sla.DueTimer;
import com.linkstar.reply.core.sla.SlaAlert;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The scheduled sweep: finds running clocks with a warning or a breach due, claims each alert with a conditional write
 * (so overlapping or retried sweeps cannot both send it) and publishes it. A clock found past its due time gets the
 * breach only: a warning after the fact helps nobody.
 */
public final class SweepSlaTimers {

    /** Bounded so one run always finishes within the function timeout; the rest waits for the next minute. */
    public static final int MAX_TIMERS_PER_SWEEP = 500;

    public record Result(int due, int warned, int breached, int alreadyHandled, int alertFailures) {
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
        int warned = 0;
        int breached = 0;
        int alreadyHandled = 0;
        int alertFailures = 0;
        for (DueTimer timer : due) {
            boolean breach = timer.levelAt(now) == SlaAlert.Level.BREACH;
            if (!(breach ? store.markBreached(timer, now) : store.markWarned(timer, now))) {
                alreadyHandled++;
                continue;
            }
            try {
                alerts.publish(SlaAlert.of(timer, now));
                if (breach) {
                    breached++;
                } else {
                    warned++;
                }
            } catch (RuntimeException e) {
                if (breach) {
                    store.unmarkBreached(timer, now);
                } else {
                    store.unmarkWarned(timer);
                }
                alertFailures++;
            }
        }
        return new Result(due.size(), warned, breached, alreadyHandled, alertFailures);
    }
}
