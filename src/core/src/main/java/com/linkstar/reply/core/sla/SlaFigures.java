package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.LocalDate;

/**
 * Response figures of one tenant for one day (UTC), channel and store: counters that replies and breaches add to.
 * Every clock that came due ends either answered in time or breached (a late answer was a breach first), so
 * compliance is {@code onTime / (onTime + breaches)}; clocks still running before their due time are not counted yet.
 *
 * @param responses substantive replies to a running clock, in time or late
 * @param responseSeconds their total time from the clock's start (the buyer's unanswered message)
 * @param firstResponses first replies of conversations
 * @param firstResponseSeconds their total time from the conversation's first message
 */
public record SlaFigures(LocalDate day, Channel channel, String storeId, long responses, long onTime, long breaches,
        long responseSeconds, long firstResponses, long firstResponseSeconds) {

    public static SlaFigures empty(LocalDate day, Channel channel, String storeId) {
        return new SlaFigures(day, channel, storeId, 0, 0, 0, 0, 0, 0);
    }

    /** The counters of both, under this one's key: for totals over days, stores or channels. */
    public SlaFigures plus(SlaFigures other) {
        return new SlaFigures(day, channel, storeId, responses + other.responses, onTime + other.onTime, breaches + other.breaches,
                responseSeconds + other.responseSeconds, firstResponses + other.firstResponses,
                firstResponseSeconds + other.firstResponseSeconds);
    }

    /** Null when no clock has come due yet. */
    public Double compliance() {
        return onTime + breaches == 0 ? null : onTime / (double) (onTime + breaches);
    }

    public Double averageResponseSeconds() {
        return responses == 0 ? null : responseSeconds / (double) responses;
    }

    public Double averageFirstResponseSeconds() {
        return firstResponses == 0 ? null : firstResponseSeconds / (double) firstResponses;
    }
}
