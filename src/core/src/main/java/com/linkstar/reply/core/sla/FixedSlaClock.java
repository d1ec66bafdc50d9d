package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A calendar-hours clock per channel, the conservative reading of each platform's rule (DESIGN.md §5). Business-day
 * and cut-off rules (eBay, Lazada, TikTok weekends) replace it in the SLA issue; until then eBay's 3 business days are
 * counted as 3 calendar days, which is never later than the real rule.
 */
public final class FixedSlaClock implements SlaClock {

    private static final Map<Channel, Duration> ALLOWED = new EnumMap<>(Map.of(
            Channel.AMAZON, Duration.ofHours(24),
            Channel.AMAZON_ATOZ, Duration.ofHours(72),
            Channel.EBAY, Duration.ofDays(3),
            Channel.SHOPEE, Duration.ofHours(12),
            Channel.LAZADA, Duration.ofHours(24),
            Channel.TIKTOK_US, Duration.ofHours(24),
            Channel.TIKTOK_SEA, Duration.ofHours(12),
            Channel.ALIEXPRESS, Duration.ofDays(5),
            Channel.SHOPIFY, Duration.ofHours(24)));

    @Override
    public Instant dueAt(Channel channel, Instant receivedAt) {
        return receivedAt.plus(allowed(channel));
    }

    public static Duration allowed(Channel channel) {
        return ALLOWED.get(channel);
    }
}
