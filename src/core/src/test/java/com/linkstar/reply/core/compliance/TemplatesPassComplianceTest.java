package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.Tone;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.draft.ReplyFrames;
import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.Sentiment;
import com.linkstar.reply.core.resources.BundledProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every default intent has its own template in every language (and in British English), and every one, in every tone
 * and with and without an order number, passes every channel's compliance check. The templates written for one channel
 * (where a return or a cancellation is requested on that platform) are drafted on their channel and pass its check too.
 */
class TemplatesPassComplianceTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "ja", "zh");

    @Test
    void should_pass_the_check_on_every_channel() {
        TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());
        ComplianceCheck check = ComplianceCheck.bundled();
        List<String> failures = new ArrayList<>();
        java.util.Set<String> templatesUsed = new java.util.TreeSet<>();
        int checked = 0;
        for (Tone tone : Tone.values()) {
        TenantTemplates inTone = new TenantTemplates(java.util.Map.of(), null, tone);
        for (Channel channel : Channel.values()) {
            for (String intent : Intents.DEFAULT_TAXONOMY) {
                for (String language : LANGUAGES) {
                    // a British marketplace picks the en-GB variant of the English templates
                    for (String marketplace : language.equals("en") ? new String[] {"amazon.com", "amazon.co.uk"} : new String[] {"amazon.de"}) {
                        for (String orderId : new String[] {"302-1234567-1234567", null}) {
                            BuyerMessage message = new BuyerMessage("t", "s", channel, marketplace, "c", "m-1", "p-1", orderId, "b", null, "text",
                                    Instant.parse("2026-11-24T10:00:00Z"));
                            Classification label = new Classification(intent, 0.9, Set.of(), Sentiment.NEUTRAL, language, IntentSource.RULES, List.of());
                            var draft = drafter.draft(message, label, Instant.parse("2026-11-24T10:00:05Z"), inTone);
                            templatesUsed.add(draft.templateId());
                            List<Finding> findings = check.check(channel, draft.text(), language, OrderFacts.NONE);
                            checked++;
                            if (!findings.isEmpty()) {
                                failures.add(tone.wireName() + " " + channel.wireName() + " " + draft.templateId() + ": " + findings);
                            }
                        }
                    }
                }
            }
        }
        }
        assertThat(checked).isEqualTo(Tone.values().length * Channel.values().length * Intents.DEFAULT_TAXONOMY.size()
                * (LANGUAGES.size() + 1) * 2);
        assertThat(failures).isEmpty();
        // every intent but "other" has its own template in each of the eight variants, none falls back to the general one
        assertThat(templatesUsed).filteredOn(id -> !id.startsWith("_fallback") && !id.contains("@")).hasSize((Intents.DEFAULT_TAXONOMY.size() - 1) * 8);
    }

    private static final List<String> VARIANTS = List.of("en", "en-GB", "de", "fr", "es", "it", "ja", "zh");
    /** The platforms whose own return and cancellation process a template tells the buyer about. */
    private static final List<Channel> OWN_PROCESS = List.of(Channel.AMAZON, Channel.EBAY, Channel.SHOPEE, Channel.LAZADA, Channel.TIKTOK_US,
            Channel.TIKTOK_SEA, Channel.ALIEXPRESS);
    private static final Pattern CHANNEL_KEY = Pattern.compile("([a-z_]+)\\.([A-Za-z-]+)@([a-z-]+)");

    /** Every template written for one channel ({@code intent.language@channel}), by key. */
    private static Map<String, String> channelTemplates() {
        Properties all = BundledProperties.load(ReplyTemplates.class, "reply-templates.properties");
        Map<String, String> forChannel = new TreeMap<>();
        all.stringPropertyNames().stream().filter(k -> k.contains("@")).forEach(k -> forChannel.put(k, all.getProperty(k)));
        return forChannel;
    }

    @Test
    void should_have_a_return_and_a_cancellation_template_for_each_platform_with_its_own_process_in_every_variant() {
        Map<String, String> templates = channelTemplates();
        Properties frames = BundledProperties.load(ReplyFrames.class, "reply-frames.properties");
        Map<String, Set<String>> perVariant = new TreeMap<>();
        for (Map.Entry<String, String> template : templates.entrySet()) {
            Matcher key = CHANNEL_KEY.matcher(template.getKey());
            assertThat(key.matches()).as(template.getKey()).isTrue();
            String language = key.group(2);
            assertThat(VARIANTS).as(template.getKey()).contains(language);
            Channel.fromWireName(key.group(3)); // a channel that exists
            perVariant.computeIfAbsent(language, l -> new TreeSet<>()).add(key.group(1) + "@" + key.group(3));
            // the shape the frames rely on: the standard greeting, one body line that cites the order, the standard closing
            String[] lines = template.getValue().split("\n", -1);
            assertThat(lines).as(template.getKey()).hasSize(3);
            assertThat(lines[0]).as(template.getKey()).isEqualTo(frames.getProperty("letter.standard." + language + ".greeting"));
            assertThat(lines[2]).as(template.getKey()).isEqualTo(frames.getProperty("letter.standard." + language + ".closing"));
            assertThat(lines[1]).as(template.getKey()).contains("{order_ref}").doesNotContain("{order_id}");
            assertThat(lines[1].replace("{order_ref}", "")).as(template.getKey()).doesNotContain("{").doesNotContain("}");
        }
        Set<String> expected = new TreeSet<>();
        for (String intent : List.of(Intents.RETURN_REQUEST, Intents.CANCEL_ORDER)) {
            OWN_PROCESS.forEach(channel -> expected.add(intent + "@" + channel.wireName()));
        }
        assertThat(expected).hasSize(14);
        assertThat(perVariant.keySet()).containsExactlyInAnyOrderElementsOf(VARIANTS);
        perVariant.forEach((language, keys) -> assertThat(keys).as(language).hasSize(14).isEqualTo(expected));
        assertThat(templates).hasSize(14 * VARIANTS.size());
    }

    @Test
    void should_draft_every_channel_specific_template_on_its_channel_in_every_tone_and_pass_the_check() {
        TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());
        ReplyTemplates bundled = ReplyTemplates.bundled();
        ReplyFrames frames = ReplyFrames.bundled();
        Properties frameLines = BundledProperties.load(ReplyFrames.class, "reply-frames.properties");
        ComplianceCheck check = ComplianceCheck.bundled();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> template : channelTemplates().entrySet()) {
            Matcher key = CHANNEL_KEY.matcher(template.getKey());
            assertThat(key.matches()).isTrue();
            String intent = key.group(1);
            String variant = key.group(2);
            Channel channel = Channel.fromWireName(key.group(3));
            String buyerLanguage = variant.substring(0, 2);
            // a British marketplace picks the en-GB variant; the others are chosen by the buyer's language alone
            String marketplace = variant.equals("en-GB") ? "example.co.uk" : "example.com";
            for (Tone tone : Tone.values()) {
                TenantTemplates inTone = new TenantTemplates(Map.of(), null, tone);
                for (String orderId : new String[] {"302-1234567-1234567", null}) {
                    BuyerMessage message = new BuyerMessage("t", "s", channel, marketplace, "c", "m-1", "p-1", orderId, "b", null, "text",
                            Instant.parse("2026-11-24T10:00:00Z"));
                    Classification label = new Classification(intent, 0.9, Set.of(), Sentiment.NEUTRAL, buyerLanguage, IntentSource.RULES,
                            List.of());
                    var draft = drafter.draft(message, label, Instant.parse("2026-11-24T10:00:05Z"), inTone);
                    checked++;
                    String where = tone.wireName() + " " + template.getKey() + (orderId == null ? " (no order number)" : "");
                    String[] lines = draft.text().split("\n", -1);
                    String reference = orderId == null ? ""
                            : bundled.find(ReplyTemplates.ORDER_REFERENCE, variant).orElseThrow().replace("{order_id}", orderId);
                    String body = template.getValue().split("\n", -1)[1].replace("{order_ref}", reference);
                    if (!lines[1].equals(body)) {
                        failures.add(where + ": drafted from another template: " + lines[1]);
                    }
                    if (orderId == null && !lines[2].equals(bundled.find(ReplyTemplates.ASK_FOR_ORDER, variant).orElseThrow())) {
                        failures.add(where + ": does not ask for the order number");
                    }
                    // the greeting and closing of the channel's style and the tone
                    String prefix = (frames.isChat(channel) ? "chat." : "letter.") + tone.wireName() + "." + variant + ".";
                    if (!lines[0].equals(frameLines.getProperty(prefix + "greeting"))
                            || !lines[lines.length - 1].equals(frameLines.getProperty(prefix + "closing"))) {
                        failures.add(where + ": not framed as " + prefix + "*: " + lines[0] + " ... " + lines[lines.length - 1]);
                    }
                    List<Finding> findings = check.check(channel, draft.text(), buyerLanguage, OrderFacts.NONE);
                    if (!findings.isEmpty()) {
                        failures.add(where + ": " + findings);
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(14 * VARIANTS.size() * Tone.values().length * 2);
        assertThat(failures).isEmpty();
    }
}
