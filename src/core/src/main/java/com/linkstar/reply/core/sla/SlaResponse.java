package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Conversation;
import com.linkstar.reply.core.model.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What one substantive reply adds to the figures, computed from the conversation as it was when the reply was approved;
 * the store adds it in the same atomic write as the approval, so a retried approval cannot count twice.
 */
public record SlaResponse(SlaFigures figures) {

    /** @return null when the conversation has no clock to answer (closed as no response needed, or already answered) */
    public static SlaResponse of(Conversation conversation, Instant answeredAt) {
        var sla = conversation.sla();
        boolean timed = sla != null && (sla.state() == SlaState.RUNNING || sla.state() == SlaState.BREACHED);
        boolean first = conversation.firstResponseAt() == null;
        if (!timed && !first) {
            return null;
        }
        boolean onTime = timed && sla.state() == SlaState.RUNNING && !answeredAt.isAfter(sla.dueAt());
        // late and not yet marked by the sweep: the breach counts now, since the stopped clock will never be swept
        boolean unsweptBreach = timed && sla.state() == SlaState.RUNNING && answeredAt.isAfter(sla.dueAt());
        LocalDate day = LocalDate.ofInstant(answeredAt, ZoneOffset.UTC);
        return new SlaResponse(new SlaFigures(day, conversation.channel(), conversation.storeId(), timed ? 1 : 0, onTime ? 1 : 0,
                unsweptBreach ? 1 : 0, timed ? seconds(sla.startedAt(), answeredAt) : 0, first ? 1 : 0,
                first ? seconds(conversation.firstMessageAt(), answeredAt) : 0));
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
