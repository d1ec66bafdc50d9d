package com.linkstar.reply.core.compliance;

import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.Tone;
import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every default intent has its own template in every language (and in British English), and every one, in every tone
 * and with and without an order number, passes every channel's compliance check.
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
        assertThat(templatesUsed).filteredOn(id -> !id.startsWith("_fallback")).hasSize((Intents.DEFAULT_TAXONOMY.size() - 1) * 8);
    }
}
