package com.linkstar.reply.core.sla;

import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.HttpsUrl;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's SLA rules as data: adjustments of the marketplace rules per channel or per channel and store (time zone,
 * public holidays, TikTok's chatbot), its own response target, and when the sweep warns. Read from and written as a
 * plain JSON-shaped map, the same document the API stores and {@code linkstar sla-due --tenant-config} reads:
 *
 * <pre>{@code
 * {"own_target": {"hours": 2, "business_hours": {"zone": "Asia/Shanghai", "opens": "09:00", "closes": "18:00",
 *                 "days": ["MON","TUE","WED","THU","FRI"], "holidays": ["2027-02-08"]}},
 *  "channels": {"lazada": {"zone": "Asia/Bangkok", "holidays": ["2026-12-31"]}, "tiktok-us": {"chatbot": true},
 *               "ebay/store-uk": {"zone": "Europe/London"}},
 *  "warning_share": 0.75}
 * }</pre>
 */
public record SlaSettings(Map<String, ChannelAdjustment> channels, Optional<ResponseRule> ownTarget, double warningShare,
        Optional<AlertWebhook> webhook) {

    public static final double DEFAULT_WARNING_SHARE = 0.75;
    public static final SlaSettings DEFAULTS = new SlaSettings(Map.of(), Optional.empty(), DEFAULT_WARNING_SHARE, Optional.empty());

    /**
     * Where the tenant's alerts are also posted, signed with a secret kept in SSM Parameter Store (never in these
     * settings): {@code "webhook": {"url": "https://…", "secret_parameter": "/linkstar/tenants/TENANT/webhook-secret"}}.
     */
    public record AlertWebhook(URI url, String secretParameter) {

        /** The SSM path a tenant's secrets must live under: one tenant can never point at another's. */
        public static String secretPathOf(String tenantId) {
            return "/linkstar/tenants/" + tenantId + "/";
        }
    }

    /** @param zone null: the marketplace's default zone */
    public record ChannelAdjustment(ZoneId zone, HolidayCalendar holidays, boolean chatbot) {
    }

    /** Settings that cannot be used, with every reason. */
    public static final class InvalidSlaSettingsException extends RuntimeException {
        public InvalidSlaSettingsException(List<String> problems) {
            super(String.join("; ", problems));
        }
    }

    public SlaSettings {
        channels = Map.copyOf(channels);
    }

    /** The clocks of one conversation: its channel's rule adjusted for its store, and the tenant's own target. */
    public SlaPolicy policyFor(Channel channel, String storeId) {
        ChannelAdjustment adjustment = channels.get(channel.wireName() + "/" + storeId);
        if (adjustment == null) {
            adjustment = channels.get(channel.wireName());
        }
        ResponseRule marketplace = adjustment == null ? MarketplaceRules.defaultFor(channel)
                : MarketplaceRules.adjusted(channel, adjustment.zone(), adjustment.holidays(), adjustment.chatbot());
        return new SlaPolicy(marketplace, ownTarget);
    }

    public static SlaSettings fromMap(Map<String, ?> document) {
        List<String> problems = new ArrayList<>();
        Map<String, ChannelAdjustment> channels = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : map(document.get("channels"), "channels", problems).entrySet()) {
            String key = entry.getKey();
            String channelName = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            try {
                Channel.fromWireName(channelName);
            } catch (IllegalArgumentException e) {
                problems.add("channels." + key + ": " + e.getMessage());
                continue;
            }
            Map<String, ?> adjustment = map(entry.getValue(), "channels." + key, problems);
            channels.put(key, new ChannelAdjustment(zone(adjustment.get("zone"), "channels." + key + ".zone", problems),
                    holidays(adjustment.get("holidays"), "channels." + key + ".holidays", problems),
                    Boolean.TRUE.equals(adjustment.get("chatbot"))));
        }
        Optional<ResponseRule> ownTarget = document.get("own_target") == null ? Optional.empty()
                : ownTarget(map(document.get("own_target"), "own_target", problems), problems);
        double share = DEFAULT_WARNING_SHARE;
        Object shareValue = document.get("warning_share");
        if (shareValue != null) {
            if (shareValue instanceof Number number && number.doubleValue() > 0 && number.doubleValue() < 1) {
                share = number.doubleValue();
            } else {
                problems.add("warning_share must be a number between 0 and 1 (exclusive), was " + shareValue);
            }
        }
        Optional<AlertWebhook> webhook = document.get("webhook") == null ? Optional.empty()
                : webhook(map(document.get("webhook"), "webhook", problems), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSlaSettingsException(problems);
        }
        return new SlaSettings(channels, ownTarget, share, webhook);
    }

    /** The document {@link #fromMap} reads: what the API returns and stores. */
    public Map<String, Object> toMap() {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> channelDocs = new LinkedHashMap<>();
        channels.forEach((key, adjustment) -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            if (adjustment.zone() != null) {
                doc.put("zone", adjustment.zone().getId());
            }
            doc.put("holidays", dates(adjustment.holidays()));
            doc.put("chatbot", adjustment.chatbot());
            channelDocs.put(key, doc);
        });
        document.put("channels", channelDocs);
        ownTarget.ifPresent(rule -> document.put("own_target", ownTargetDoc(rule)));
        document.put("warning_share", warningShare);
        webhook.ifPresent(hook -> document.put("webhook", Map.of("url", hook.url().toString(), "secret_parameter", hook.secretParameter())));
        return document;
    }

    private static Optional<AlertWebhook> webhook(Map<String, ?> doc, List<String> problems) {
        URI url = HttpsUrl.parse("webhook.url", doc.get("url"), problems).orElse(null);
        Object secret = doc.get("secret_parameter");
        if (!(secret instanceof String name) || !name.matches("/linkstar/tenants/[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+")) {
            problems.add("webhook.secret_parameter must name an SSM parameter under /linkstar/tenants/YOUR-TENANT/, was " + secret);
            return Optional.empty();
        }
        return url == null ? Optional.empty() : Optional.of(new AlertWebhook(url, name));
    }

    private static Optional<ResponseRule> ownTarget(Map<String, ?> doc, List<String> problems) {
        Object hours = doc.get("hours");
        if (!(hours instanceof Number number) || number.doubleValue() <= 0 || number.doubleValue() > 24 * 30) {
            problems.add("own_target.hours must be a number of hours between 0 and 720, was " + hours);
            return Optional.empty();
        }
        Duration allowed = Duration.ofMinutes(Math.round(number.doubleValue() * 60));
        if (doc.get("business_hours") == null) {
            return Optional.of(new ResponseRule.ElapsedTime(allowed));
        }
        Map<String, ?> business = map(doc.get("business_hours"), "own_target.business_hours", problems);
        ZoneId zone = zone(business.get("zone"), "own_target.business_hours.zone", problems);
        LocalTime opens = time(orDefault(business.get("opens"), "09:00"), "own_target.business_hours.opens", problems);
        LocalTime closes = time(orDefault(business.get("closes"), "18:00"), "own_target.business_hours.closes", problems);
        Set<DayOfWeek> days = days(business.get("days"), problems);
        HolidayCalendar holidays = holidays(business.get("holidays"), "own_target.business_hours.holidays", problems);
        if (zone == null) {
            problems.add("own_target.business_hours.zone is required (an IANA zone such as Asia/Shanghai)");
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResponseRule.BusinessHours(allowed, zone, opens, closes, days, holidays));
        } catch (IllegalArgumentException e) {
            problems.add("own_target.business_hours: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, Object> ownTargetDoc(ResponseRule rule) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (rule instanceof ResponseRule.BusinessHours business) {
            doc.put("hours", business.allowed().toMinutes() / 60.0);
            Map<String, Object> hours = new LinkedHashMap<>();
            hours.put("zone", business.zone().getId());
            hours.put("opens", business.opens().toString());
            hours.put("closes", business.closes().toString());
            hours.put("days", business.days().stream().sorted().map(d -> d.name().substring(0, 3)).toList());
            hours.put("holidays", dates(business.holidays()));
            doc.put("business_hours", hours);
        } else if (rule instanceof ResponseRule.ElapsedTime elapsed) {
            doc.put("hours", elapsed.allowed().toMinutes() / 60.0);
        }
        return doc;
    }

    private static Object orDefault(Object value, Object otherwise) {
        return value != null ? value : otherwise;
    }

    private static List<String> dates(HolidayCalendar calendar) {
        return new TreeSet<>(calendar.dates()).stream().map(LocalDate::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object value, String field, List<String> problems) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        problems.add(field + " must be an object");
        return Map.of();
    }

    private static ZoneId zone(Object value, String field, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value.toString());
        } catch (DateTimeException e) {
            problems.add(field + ": unknown time zone '" + value + "' (use an IANA name such as Europe/Berlin)");
            return null;
        }
    }

    private static LocalTime time(Object value, String field, List<String> problems) {
        try {
            return LocalTime.parse(value.toString());
        } catch (DateTimeException e) {
            problems.add(field + ": '" + value + "' is not a time of day such as 09:00");
            return LocalTime.MIDNIGHT;
        }
    }

    private static Set<DayOfWeek> days(Object value, List<String> problems) {
        if (value == null) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!(value instanceof List<?> list)) {
            problems.add("own_target.business_hours.days must be a list such as [\"MON\", \"TUE\"]");
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        for (Object day : list) {
            String name = String.valueOf(day).trim().toUpperCase(Locale.ROOT);
            DayOfWeek found = null;
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().startsWith(name) && name.length() >= 3) {
                    found = candidate;
                }
            }
            if (found == null) {
                problems.add("own_target.business_hours.days: '" + day + "' is not a day (MON … SUN)");
            } else {
                days.add(found);
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add("own_target.business_hours.days needs at least one day");
        }
        return days.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : days;
    }

    private static HolidayCalendar holidays(Object value, String field, List<String> problems) {
        if (value == null) {
            return HolidayCalendar.NONE;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(field + " must be a list of dates such as [\"2026-12-25\"]");
            return HolidayCalendar.NONE;
        }
        Set<LocalDate> dates = new java.util.HashSet<>();
        for (Object date : list) {
            try {
                dates.add(LocalDate.parse(String.valueOf(date)));
            } catch (DateTimeException e) {
                problems.add(field + ": '" + date + "' is not a date such as 2026-12-25");
            }
        }
        return new HolidayCalendar(dates);
    }
}
