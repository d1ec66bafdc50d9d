package com.linkstar.reply.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The clock math over random instants (2025-2028, so DST changes, leap days and year ends are all crossed), time zones
 * with and without DST (both hemispheres, a half-hour offset) and random holiday calendars. Each property is checked
 * against an independent reading of the rule, not against the implementation's own steps.
 */
class ResponseRulePropertiesTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-12-31T00:00:00Z");

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("America/Los_Angeles", "America/New_York", "Europe/Berlin", "Europe/London", "Asia/Shanghai",
                "Asia/Singapore", "Asia/Bangkok", "Australia/Sydney", "Asia/Kolkata", "UTC").map(ZoneId::of);
    }

    /** Up to 40 holidays in the years the instants cover, clustered sometimes (Chinese New Year, Christmas weeks). */
    @Provide
    Arbitrary<HolidayCalendar> holidays() {
        Arbitrary<LocalDate> day = Arbitraries.longs().between(LocalDate.of(2024, 12, 1).toEpochDay(), LocalDate.of(2029, 2, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Set<LocalDate>> runs = day.flatMap(start -> Arbitraries.integers().between(1, 9)
                .map(length -> {
                    Set<LocalDate> run = new HashSet<>();
                    for (int i = 0; i < length; i++) {
                        run.add(start.plusDays(i));
                    }
                    return run;
                })).set().ofMaxSize(8).map(sets -> {
                    Set<LocalDate> all = new HashSet<>();
                    sets.forEach(all::addAll);
                    return all;
                });
        return runs.map(HolidayCalendar::new);
    }

    @Property
    void elapsed_time_counts_every_hour(@ForAll("instants") Instant received, @ForAll @IntRange(min = 1, max = 200) int hours) {
        assertThat(new ResponseRule.ElapsedTime(Duration.ofHours(hours)).dueAt(received)).isEqualTo(received.plus(Duration.ofHours(hours)));
    }

    @Property
    void every_rule_is_due_after_the_message_and_never_earlier_for_a_later_message(@ForAll("instants") Instant first,
            @ForAll @IntRange(min = 0, max = 400_000) int secondsLater, @ForAll("zones") ZoneId zone,
            @ForAll("holidays") HolidayCalendar holidays) {
        Instant second = first.plusSeconds(secondsLater);
        for (ResponseRule rule : new ResponseRule[] {
                new ResponseRule.WeekendDeferral(Duration.ofHours(24), zone, LocalTime.NOON),
                new ResponseRule.DailyCycle(zone, LocalTime.of(18, 0), LocalTime.of(19, 0), holidays),
                new ResponseRule.BusinessDays(3, zone, holidays),
                new ResponseRule.BusinessHours(Duration.ofHours(2), zone, LocalTime.of(9, 0), LocalTime.of(18, 0),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays)}) {
            assertThat(rule.dueAt(first)).as("%s", rule).isAfter(first);
            assertThat(rule.dueAt(second)).as("%s", rule).isAfterOrEqualTo(rule.dueAt(first));
        }
    }

    @Property
    void tiktok_weekend_messages_are_due_monday_noon_and_weekday_messages_a_day_later(@ForAll("instants") Instant received,
            @ForAll("zones") ZoneId zone) {
        Instant due = new ResponseRule.WeekendDeferral(Duration.ofHours(24), zone, LocalTime.NOON).dueAt(received);
        ZonedDateTime local = received.atZone(zone);
        if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            ZonedDateTime dueLocal = due.atZone(zone);
            assertThat(dueLocal.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(dueLocal.toLocalTime()).isEqualTo(LocalTime.NOON);
            assertThat(Duration.between(received, due)).isLessThanOrEqualTo(Duration.ofHours(61)); // Saturday 00:00 to Monday 12:00, DST included
        } else {
            assertThat(due).isEqualTo(received.plus(Duration.ofHours(24)));
        }
    }

    @Property
    void lazada_is_due_at_seven_pm_of_the_first_non_holiday_on_or_after_the_cycle_day(@ForAll("instants") Instant received,
            @ForAll("zones") ZoneId zone, @ForAll("holidays") HolidayCalendar holidays) {
        ZonedDateTime due = new ResponseRule.DailyCycle(zone, LocalTime.of(18, 0), LocalTime.of(19, 0), holidays).dueAt(received).atZone(zone);
        ZonedDateTime local = received.atZone(zone);
        LocalDate cycleDay = local.toLocalTime().isAfter(LocalTime.of(18, 0)) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        assertThat(holidays.isHoliday(due.toLocalDate())).isFalse();
        assertThat(due.toLocalDate()).isAfterOrEqualTo(cycleDay);
        for (LocalDate skipped = cycleDay; skipped.isBefore(due.toLocalDate()); skipped = skipped.plusDays(1)) {
            assertThat(holidays.isHoliday(skipped)).as("only holidays are skipped: %s", skipped).isTrue();
        }
    }

    @Property
    void ebay_is_due_after_exactly_three_business_days(@ForAll("instants") Instant received, @ForAll("zones") ZoneId zone,
            @ForAll("holidays") HolidayCalendar holidays) {
        ResponseRule.BusinessDays rule = new ResponseRule.BusinessDays(3, zone, holidays);
        ZonedDateTime due = rule.dueAt(received).atZone(zone);
        ZonedDateTime local = received.atZone(zone);
        assertThat(rule.isBusinessDay(due.toLocalDate())).isTrue();
        int businessDaysAfter = 0;
        for (LocalDate day = local.toLocalDate().plusDays(1); !day.isAfter(due.toLocalDate()); day = day.plusDays(1)) {
            businessDaysAfter += rule.isBusinessDay(day) ? 1 : 0;
        }
        if (rule.isBusinessDay(local.toLocalDate())) {
            assertThat(businessDaysAfter).isEqualTo(3);
            // the same wall-clock time, unless that time does not exist on the due day (a DST gap)
            if (zone.getRules().isValidOffset(due.toLocalDateTime(), due.getOffset()) && !isInGap(zone, due.toLocalDate(), local.toLocalTime())) {
                assertThat(due.toLocalTime()).isEqualTo(local.toLocalTime());
            }
        } else {
            assertThat(businessDaysAfter).isEqualTo(4); // counted from the next business day's start
            assertThat(due.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT.plusSeconds(due.toLocalTime().toSecondOfDay()));
        }
    }

    @Property
    void business_hours_spend_exactly_the_allowed_open_time(@ForAll("instants") Instant received, @ForAll("zones") ZoneId zone,
            @ForAll("holidays") HolidayCalendar holidays, @ForAll @IntRange(min = 1, max = 40 * 60) int minutes) {
        ResponseRule.BusinessHours rule = new ResponseRule.BusinessHours(Duration.ofMinutes(minutes), zone, LocalTime.of(9, 0),
                LocalTime.of(17, 30), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), holidays);
        Instant due = rule.dueAt(received);
        assertThat(openSecondsBetween(rule, received, due)).isEqualTo(minutes * 60L);
        ZonedDateTime dueLocal = due.atZone(zone);
        assertThat(rule.isOpenOn(dueLocal.toLocalDate())).isTrue();
        assertThat(dueLocal.toLocalTime()).isAfter(LocalTime.of(9, 0)).isBeforeOrEqualTo(LocalTime.of(17, 30));
    }

    @Property
    void the_effective_due_time_is_the_earlier_of_marketplace_and_own_target(@ForAll("instants") Instant received,
            @ForAll("zones") ZoneId zone, @ForAll @IntRange(min = 1, max = 48) int targetHours) {
        ResponseRule marketplace = new ResponseRule.ElapsedTime(Duration.ofHours(24));
        ResponseRule own = new ResponseRule.BusinessHours(Duration.ofHours(targetHours), zone, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), HolidayCalendar.NONE);
        SlaPolicy.Due due = SlaPolicy.of(marketplace).withOwnTarget(own).dueFor(received);
        Instant earlier = own.dueAt(received).isBefore(marketplace.dueAt(received)) ? own.dueAt(received) : marketplace.dueAt(received);
        assertThat(due.effective()).isEqualTo(earlier);
        assertThat(due.marketplace()).isEqualTo(marketplace.dueAt(received));
        assertThat(due.ownTarget()).contains(own.dueAt(received));
    }

    /** Open time between two instants, minute by minute: slow and obviously right, unlike the rule's own arithmetic. */
    private static long openSecondsBetween(ResponseRule.BusinessHours rule, Instant from, Instant to) {
        long open = 0;
        Instant at = from;
        while (at.isBefore(to)) {
            Instant next = at.plusSeconds(60 - at.getEpochSecond() % 60);
            if (next.isAfter(to)) {
                next = to;
            }
            ZonedDateTime local = at.atZone(rule.zone());
            LocalTime time = local.toLocalTime();
            if (rule.isOpenOn(local.toLocalDate()) && !time.isBefore(rule.opens()) && time.isBefore(rule.closes())) {
                open += Duration.between(at, next).toSeconds();
            }
            at = next;
        }
        return open;
    }

    private static boolean isInGap(ZoneId zone, LocalDate day, LocalTime time) {
        return zone.getRules().getValidOffsets(day.atTime(time)).isEmpty();
    }
}
