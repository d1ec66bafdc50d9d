package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * Each channel's response rule as its platform states it (DESIGN.md §5), in the marketplace's time zone. These are the
 * defaults; a tenant adjusts them per channel and store (a Lazada store in Bangkok, an eBay store in the UK, TikTok's
 * weekend rule when its chatbot is on).
 */
public final class MarketplaceRules implements SlaClock {

    /** TikTok Shop US with the chatbot on: weekend messages are due Monday 12:00 local time. */
    public static final ResponseRule TIKTOK_US_CHATBOT_ON =
            new ResponseRule.WeekendDeferral(Duration.ofHours(24), ZoneId.of("America/Los_Angeles"), LocalTime.NOON);

    private static final Map<Channel, ResponseRule> DEFAULTS = new EnumMap<>(Map.of(
            Channel.AMAZON, new ResponseRule.ElapsedTime(Duration.ofHours(24)),
            Channel.AMAZON_ATOZ, new ResponseRule.ElapsedTime(Duration.ofHours(72)),
            Channel.EBAY, new ResponseRule.BusinessDays(3, ZoneId.of("America/Los_Angeles"), HolidayCalendar.NONE),
            Channel.SHOPEE, new ResponseRule.ElapsedTime(Duration.ofHours(12)),
            Channel.LAZADA, new ResponseRule.DailyCycle(ZoneId.of("Asia/Singapore"), LocalTime.of(18, 0), LocalTime.of(19, 0),
                    HolidayCalendar.NONE),
            // without the chatbot every hour counts: never later than the weekend rule
            Channel.TIKTOK_US, new ResponseRule.ElapsedTime(Duration.ofHours(24)),
            Channel.TIKTOK_SEA, new ResponseRule.ElapsedTime(Duration.ofHours(12)),
            Channel.ALIEXPRESS, new ResponseRule.ElapsedTime(Duration.ofDays(5)),
            // an own store has no platform rule: a day, until the seller sets a target
            Channel.SHOPIFY, new ResponseRule.ElapsedTime(Duration.ofHours(24))));

    public static ResponseRule defaultFor(Channel channel) {
        return DEFAULTS.get(channel);
    }

    @Override
    public Instant dueAt(Channel channel, Instant receivedAt) {
        return defaultFor(channel).dueAt(receivedAt);
    }
}
