package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * Each channel's response rule as its platform states it (DESIGN.md §5), in the marketplace's time zone. These are the
 * defaults; a tenant adjusts them per channel and store (a Lazada store in Bangkok, an eBay store in the UK, TikTok's
 * weekend rule when its chatbot is on).
 */
public final class MarketplaceRules {

    /** TikTok Shop US with the chatbot on: weekend messages are due Monday 12:00 local time. */
    private static final ZoneId TIKTOK_US_CHATBOT_ON_ZONE = ZoneId.of("America/Los_Angeles");
    public static final ResponseRule TIKTOK_US_CHATBOT_ON =
            new ResponseRule.WeekendDeferral(Duration.ofHours(24), TIKTOK_US_CHATBOT_ON_ZONE, LocalTime.NOON);

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

    private MarketplaceRules() {
    }

    public static ResponseRule defaultFor(Channel channel) {
        return DEFAULTS.get(channel);
    }

    /**
     * The channel's rule in another time zone or with public holidays (where the rule has them: Lazada's cycle, eBay's
     * business days, TikTok's weekend), or with TikTok's chatbot on.
     *
     * @param zone null: the marketplace's default zone
     */
    public static ResponseRule adjusted(Channel channel, ZoneId zone, HolidayCalendar holidays, boolean chatbot) {
        ResponseRule rule = defaultFor(channel);
        return switch (channel) {
            case LAZADA -> {
                ResponseRule.DailyCycle cycle = (ResponseRule.DailyCycle) rule;
                yield new ResponseRule.DailyCycle(zone != null ? zone : cycle.zone(), cycle.cutoff(), cycle.due(), holidays);
            }
            case EBAY -> {
                ResponseRule.BusinessDays days = (ResponseRule.BusinessDays) rule;
                yield new ResponseRule.BusinessDays(days.days(), zone != null ? zone : days.zone(), holidays);
            }
            case TIKTOK_US -> chatbot ? new ResponseRule.WeekendDeferral(Duration.ofHours(24),
                    zone != null ? zone : TIKTOK_US_CHATBOT_ON_ZONE, LocalTime.NOON) : rule;
            default -> rule;
        };
    }
}
