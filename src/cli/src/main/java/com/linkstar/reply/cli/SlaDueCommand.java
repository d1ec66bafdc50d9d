package com.linkstar.reply.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.sla.HolidayCalendar;
import com.linkstar.reply.core.sla.MarketplaceRules;
import com.linkstar.reply.core.sla.ResponseRule;
import com.linkstar.reply.core.sla.SlaPolicy;
import com.linkstar.reply.core.sla.SlaSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code linkstar sla-due}: when a reply to a message is due, by the channel's rule and the tenant's own target. */
final class SlaDueCommand implements Linkstar.Command {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String summary() {
        return "when a reply is due: the channel's clock, the tenant's own target and the earlier of the two";
    }

    @Override
    public String usage() {
        return """
                usage: linkstar sla-due --channel CHANNEL --received ISO-8601 [--tz ZONE] [--chatbot] [--store STORE]
                                        [--tenant-config FILE]
                  --channel        one of %s
                  --received       when the buyer's message arrived, e.g. 2026-11-28T09:00:00-08:00 (a time without an
                                   offset is read in --tz)
                  --tz             the marketplace's IANA time zone (Lazada's cycle, eBay's business days, TikTok's weekend)
                  --chatbot        the channel's chatbot is on (TikTok Shop US: weekend messages due Monday 12:00)
                  --store          the store, for per-store settings in the tenant config ("channels": {"ebay/STORE": …})
                  --tenant-config  the tenant's SLA settings as JSON: {"own_target": {"hours": 2, "business_hours":
                                   {"zone": "Asia/Shanghai", "opens": "09:00", "closes": "18:00", "days": ["MON", …],
                                   "holidays": ["2027-02-08"]}}, "channels": {"lazada": {"zone": …, "holidays": […]}}}
                prints {"channel_due", "tenant_due", "effective_due"} (tenant_due null without an own target)"""
                .formatted(Channel.allWireNames());
    }

    @Override
    public int run(List<String> args, Path repoRoot, PrintStream out) throws IOException {
        Linkstar.rejectUnknown(args, List.of("--channel", "--received", "--tz", "--store", "--tenant-config"), List.of("--chatbot"));
        String channelName = Linkstar.option(args, "--channel", null);
        String receivedText = Linkstar.option(args, "--received", null);
        if (channelName == null || receivedText == null) {
            throw new Linkstar.UsageException("--channel and --received are required");
        }
        Channel channel;
        try {
            channel = Channel.fromWireName(channelName);
        } catch (IllegalArgumentException e) {
            throw new Linkstar.UsageException(e.getMessage());
        }
        ZoneId zone = zone(Linkstar.option(args, "--tz", null));
        Instant received = received(receivedText, zone);
        SlaSettings settings = settings(Linkstar.option(args, "--tenant-config", null));
        String store = Linkstar.option(args, "--store", "default");

        SlaPolicy fromSettings = settings.policyFor(channel, store);
        ResponseRule marketplace = fromSettings.marketplace();
        if (zone != null || args.contains("--chatbot")) {
            // the command line's zone and chatbot win over the file's; the file's holidays stay
            SlaSettings.ChannelAdjustment fromFile = settings.channels().getOrDefault(channel.wireName() + "/" + store,
                    settings.channels().get(channel.wireName()));
            HolidayCalendar holidays = fromFile != null ? fromFile.holidays() : HolidayCalendar.NONE;
            ZoneId adjustedZone = zone != null ? zone : fromFile != null ? fromFile.zone() : null;
            boolean chatbot = args.contains("--chatbot") || fromFile != null && fromFile.chatbot();
            marketplace = MarketplaceRules.adjusted(channel, adjustedZone, holidays, chatbot);
        }
        SlaPolicy.Due due = new SlaPolicy(marketplace, fromSettings.ownTarget()).dueFor(received);

        ZoneId shownIn = zone != null ? zone : zoneOf(marketplace, receivedText);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("channel_due", OffsetDateTime.ofInstant(due.marketplace(), shownIn).toString());
        result.put("tenant_due", due.ownTarget().map(at -> OffsetDateTime.ofInstant(at, shownIn).toString()).orElse(null));
        result.put("effective_due", OffsetDateTime.ofInstant(due.effective(), shownIn).toString());
        out.println(JSON.writeValueAsString(result));
        return 0;
    }

    private static ZoneId zone(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new Linkstar.UsageException("--tz: unknown time zone '" + name + "' (use an IANA name such as Asia/Singapore)");
        }
    }

    private static Instant received(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text);
                if (zone == null) {
                    throw new Linkstar.UsageException("--received '" + text + "' has no offset: add one (…-08:00, …Z) or give --tz");
                }
                return local.atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new Linkstar.UsageException("--received '" + text + "' is not an ISO-8601 time such as 2026-11-28T09:00:00-08:00");
            }
        }
    }

    private static SlaSettings settings(String file) throws IOException {
        if (file == null) {
            return SlaSettings.DEFAULTS;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new Linkstar.UsageException("--tenant-config: no such file " + file);
        }
        try {
            return SlaSettings.fromMap(JSON.readValue(path.toFile(), new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new Linkstar.UsageException("--tenant-config: " + file + " is not JSON: " + e.getOriginalMessage());
        } catch (SlaSettings.InvalidSlaSettingsException e) {
            throw new Linkstar.UsageException("--tenant-config: " + e.getMessage());
        }
    }

    /** Show the due times in the rule's own zone where it has one, else in the offset the caller used. */
    private static ZoneId zoneOf(ResponseRule rule, String receivedText) {
        if (rule instanceof ResponseRule.DailyCycle cycle) {
            return cycle.zone();
        }
        if (rule instanceof ResponseRule.BusinessDays days) {
            return days.zone();
        }
        if (rule instanceof ResponseRule.WeekendDeferral weekend) {
            return weekend.zone();
        }
        try {
            return OffsetDateTime.parse(receivedText).getOffset();
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
