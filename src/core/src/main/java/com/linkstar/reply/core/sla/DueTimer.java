package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.RiskSignal;
import java.time.Instant;
import java.util.Set;

/**
 * A running clock the sweep found with an alert due: its warning or its breach.
 *
 * @param intent the conversation's last intent, null before classification
 */
public record DueTimer(String tenantId, String conversationId, String storeId, Channel channel, Instant startedAt, Instant dueAt,
        Instant warnAt, boolean warned, String intent, Set<RiskSignal> risks) {

    public DueTimer {
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }

    /** The alert this clock is due for at {@code now}: the breach once the due time has passed, else the warning. */
    public SlaAlert.Level levelAt(Instant now) {
        return now.isBefore(dueAt) ? SlaAlert.Level.WARNING : SlaAlert.Level.BREACH;
    }
}
