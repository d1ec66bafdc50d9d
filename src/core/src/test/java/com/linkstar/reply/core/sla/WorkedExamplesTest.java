package com.linkstar.reply.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One worked example (or more) per channel rule of DESIGN.md §5, in the marketplace's local time. */
class WorkedExamplesTest {

    private static final HolidayCalendar SINGAPORE_2026 = new HolidayCalendar(Set.of(LocalDate.of(2026, 12, 25)));
    private static final HolidayCalendar US_2026 = new HolidayCalendar(Set.of(LocalDate.of(2026, 11, 26)));
    private static final HolidayCalendar CHINA_2027 = new HolidayCalendar(Set.of(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9)));

    private static final Map<String, ResponseRule> RULES = Map.ofEntries(
            Map.entry("amazon", MarketplaceRules.defaultFor(Channel.AMAZON)),
            Map.entry("amazon-atoz", MarketplaceRules.defaultFor(Channel.AMAZON_ATOZ)),
            Map.entry("tiktok-us", MarketplaceRules.defaultFor(Channel.TIKTOK_US)),
            Map.entry("tiktok-us+chatbot", MarketplaceRules.TIKTOK_US_CHATBOT_ON),
            Map.entry("tiktok-sea", MarketplaceRules.defaultFor(Channel.TIKTOK_SEA)),
            Map.entry("shopee", MarketplaceRules.defaultFor(Channel.SHOPEE)),
            Map.entry("lazada", MarketplaceRules.defaultFor(Channel.LAZADA)),
            Map.entry("lazada+holidays", new ResponseRule.DailyCycle(ZoneId.of("Asia/Singapore"), LocalTime.of(18, 0), LocalTime.of(19, 0),
                    SINGAPORE_2026)),
            Map.entry("ebay", MarketplaceRules.defaultFor(Channel.EBAY)),
            Map.entry("ebay+thanksgiving", new ResponseRule.BusinessDays(3, ZoneId.of("America/Los_Angeles"), US_2026)),
            Map.entry("aliexpress", MarketplaceRules.defaultFor(Channel.ALIEXPRESS)),
            Map.entry("own 2h shanghai", new ResponseRule.BusinessHours(Duration.ofHours(2), ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0),
                    LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), CHINA_2027)));

    @ParameterizedTest(name = "{0}: received {1}, due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            amazon            | 2026-12-26T10:00+00:00 | 2026-12-27T10:00+00:00 | Saturday, Boxing Day: weekends and holidays count
            amazon            | 2026-03-28T12:00+01:00 | 2026-03-29T13:00+02:00 | 24 elapsed hours across Berlin's spring DST change
            amazon-atoz       | 2026-11-27T15:00+00:00 | 2026-11-30T15:00+00:00 | 72 hours
            tiktok-us         | 2026-11-28T09:00-08:00 | 2026-11-29T09:00-08:00 | chatbot off: 24 h, weekend or not
            tiktok-us+chatbot | 2026-11-28T09:00-08:00 | 2026-11-30T12:00-08:00 | Saturday message: Monday 12:00 local
            tiktok-us+chatbot | 2026-11-29T23:59-08:00 | 2026-11-30T12:00-08:00 | Sunday night: still Monday 12:00
            tiktok-us+chatbot | 2026-11-27T20:00-08:00 | 2026-11-28T20:00-08:00 | Friday evening: 24 h
            tiktok-sea        | 2026-11-24T21:00+07:00 | 2026-11-25T09:00+07:00 | 12 hours
            shopee            | 2026-11-27T22:00+08:00 | 2026-11-28T10:00+08:00 | 12 hours into Saturday
            lazada            | 2026-11-24T17:59+08:00 | 2026-11-24T19:00+08:00 | before the 18:00 cut-off: today 19:00
            lazada            | 2026-11-24T18:00+08:00 | 2026-11-24T19:00+08:00 | at the cut-off: still today's cycle
            lazada            | 2026-11-24T18:01+08:00 | 2026-11-25T19:00+08:00 | after the cut-off: tomorrow 19:00
            lazada            | 2026-11-28T10:00+08:00 | 2026-11-28T19:00+08:00 | Saturday counts
            lazada+holidays   | 2026-12-24T18:30+08:00 | 2026-12-26T19:00+08:00 | Christmas Day's cycle does not count
            lazada+holidays   | 2026-12-25T11:00+08:00 | 2026-12-26T19:00+08:00 | received on the holiday
            ebay              | 2026-11-27T14:00-08:00 | 2026-12-02T14:00-08:00 | Friday: Monday, Tuesday, Wednesday
            ebay              | 2026-11-28T14:00-08:00 | 2026-12-03T00:00-08:00 | Saturday: counted from Monday's start
            ebay+thanksgiving | 2026-11-25T09:00-08:00 | 2026-12-01T09:00-08:00 | Thanksgiving is not a business day
            aliexpress        | 2026-11-24T08:00+00:00 | 2026-11-29T08:00+00:00 | 5 days
            own 2h shanghai   | 2026-11-24T10:00+08:00 | 2026-11-24T12:00+08:00 | inside business hours
            own 2h shanghai   | 2026-11-27T17:30+08:00 | 2026-11-30T10:30+08:00 | 30 min on Friday, 90 min on Monday
            own 2h shanghai   | 2026-11-28T15:00+08:00 | 2026-11-30T11:00+08:00 | Saturday: from Monday's opening
            own 2h shanghai   | 2027-02-05T20:00+08:00 | 2027-02-10T11:00+08:00 | Spring Festival holidays skipped
            """)
    void should_be_due_as_the_platform_says(String rule, OffsetDateTime received, OffsetDateTime due, String why) {
        assertThat(RULES.get(rule).dueAt(received.toInstant())).as(why).isEqualTo(due.toInstant());
    }

    @ParameterizedTest(name = "amazon with a 2 h own target, received {0}: due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24T10:00+08:00 | 2026-11-24T12:00+08:00 | the own target is earlier on a weekday
            2026-11-27T17:30+08:00 | 2026-11-28T17:30+08:00 | over the weekend Amazon's 24 h come first
            """)
    void should_be_due_at_the_earlier_of_marketplace_and_own_target(OffsetDateTime received, OffsetDateTime effective, String why) {
        SlaPolicy policy = SlaPolicy.of(RULES.get("amazon")).withOwnTarget(RULES.get("own 2h shanghai"));
        assertThat(policy.dueFor(received.toInstant()).effective()).as(why).isEqualTo(effective.toInstant());
    }
}
