package com.linkstar.reply.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a reply to a buyer message is due under one rule: a pure function of the time the message was received. The
 * kinds cover the marketplaces' rules (DESIGN.md §5) and a seller's own target; their parameters are data, so a tenant
 * adjusts a rule per channel and store without code.
 */
public sealed interface ResponseRule {

    Instant dueAt(Instant receivedAt);

    /** Every hour counts: Amazon 24 h (weekends and holidays included), A-to-z 72 h, Shopee 12 h, AliExpress 5 days. */
    record ElapsedTime(Duration allowed) implements ResponseRule {

        public ElapsedTime {
            requirePositive(allowed);
        }

        @Override
        public Instant dueAt(Instant receivedAt) {
            return receivedAt.plus(allowed);
        }
    }

    /**
     * TikTok Shop US with the chatbot on: a message received on a Saturday or Sunday (local time) is due on Monday at
     * {@code mondayDue}; any other message after {@code allowed}.
     */
    record WeekendDeferral(Duration allowed, ZoneId zone, LocalTime mondayDue) implements ResponseRule {

        public WeekendDeferral {
            requirePositive(allowed);
        }

        @Override
        public Instant dueAt(Instant receivedAt) {
            ZonedDateTime local = receivedAt.atZone(zone);
            DayOfWeek day = local.getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                return receivedAt.plus(allowed);
            }
            LocalDate monday = local.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return ZonedDateTime.of(monday, mondayDue, zone).toInstant();
        }
    }

    /**
     * Lazada's daily cycle: messages received after yesterday's {@code cutoff} up to today's are due today at
     * {@code due}. Weekends count; a public holiday does not, so its messages are due on the next day that is not one.
     */
    record DailyCycle(ZoneId zone, LocalTime cutoff, LocalTime due, HolidayCalendar holidays) implements ResponseRule {

        public DailyCycle {
            if (!due.isAfter(cutoff)) {
                throw new IllegalArgumentException("the due time " + due + " must be after the cut-off " + cutoff);
            }
        }

        @Override
        public Instant dueAt(Instant receivedAt) {
            ZonedDateTime local = receivedAt.atZone(zone);
            LocalDate cycleDay = local.toLocalTime().isAfter(cutoff) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
            while (holidays.isHoliday(cycleDay)) {
                cycleDay = cycleDay.plusDays(1);
            }
            return ZonedDateTime.of(cycleDay, due, zone).toInstant();
        }
    }

    /**
     * eBay's business days: Monday to Friday except holidays. A message received on a business day is due the same
     * local time {@code days} business days later; one received on another day counts from the next business day's
     * start.
     */
    record BusinessDays(int days, ZoneId zone, HolidayCalendar holidays) implements ResponseRule {

        public BusinessDays {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1, was " + days);
            }
        }

        @Override
        public Instant dueAt(Instant receivedAt) {
            ZonedDateTime local = receivedAt.atZone(zone);
            LocalDate day = local.toLocalDate();
            LocalTime time = local.toLocalTime();
            if (!isBusinessDay(day)) {
                day = nextBusinessDay(day);
                time = LocalTime.MIDNIGHT;
            }
            for (int i = 0; i < days; i++) {
                day = nextBusinessDay(day);
            }
            return ZonedDateTime.of(day, time, zone).toInstant();
        }

        public boolean isBusinessDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
        }

        private LocalDate nextBusinessDay(LocalDate day) {
            LocalDate next = day.plusDays(1);
            while (!isBusinessDay(next)) {
                next = next.plusDays(1);
            }
            return next;
        }
    }

    /**
     * A seller's own target counted in business hours ("2 h, Monday to Friday 09:00-18:00 Shanghai, not on public
     * holidays"): the clock runs only while the business is open, and a message received while it is closed starts the
     * clock at the next opening.
     */
    record BusinessHours(Duration allowed, ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days,
            HolidayCalendar holidays) implements ResponseRule {

        /** More than any real gap between two openings (a long holiday season): beyond it the calendar is wrong. */
        private static final int MAX_CLOSED_DAYS = 366;

        public BusinessHours {
            requirePositive(allowed);
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closing time " + closes + " must be after opening time " + opens);
            }
            if (days.isEmpty()) {
                throw new IllegalArgumentException("business hours need at least one working day");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        @Override
        public Instant dueAt(Instant receivedAt) {
            long remaining = allowed.toSeconds();
            Instant at = receivedAt;
            LocalDate day = receivedAt.atZone(zone).toLocalDate();
            for (int closedDays = 0; closedDays <= MAX_CLOSED_DAYS; day = day.plusDays(1)) {
                if (!isOpenOn(day)) {
                    closedDays++;
                    continue;
                }
                closedDays = 0;
                Instant open = ZonedDateTime.of(day, opens, zone).toInstant();
                Instant close = ZonedDateTime.of(day, closes, zone).toInstant();
                Instant start = at.isBefore(open) ? open : at;
                if (start.isBefore(close)) {
                    long available = Duration.between(start, close).toSeconds();
                    if (remaining <= available) {
                        return start.plusSeconds(remaining);
                    }
                    remaining -= available;
                }
                at = start.isBefore(close) ? close : at;
            }
            throw new IllegalStateException("no business day within " + MAX_CLOSED_DAYS + " days of " + receivedAt
                    + "; check the holiday calendar");
        }

        public boolean isOpenOn(LocalDate day) {
            return days.contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
        }
    }

    private static void requirePositive(Duration allowed) {
        if (allowed == null || allowed.isNegative() || allowed.isZero()) {
            throw new IllegalArgumentException("the allowed time must be positive, was " + allowed);
        }
    }
}
