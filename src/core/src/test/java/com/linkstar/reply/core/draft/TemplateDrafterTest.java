package com.linkstar.reply.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TemplateDrafterTest {

    private final TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());

    private static BuyerMessage message(String orderId) {
        return new BuyerMessage("acme", "s", Channel.AMAZON, "amazon.de", "c-1", "m-abc", "p-1", orderId, "b", null, "text", Instant.EPOCH);
    }

    private static Classification label(String intent, String language, RiskSignal... risks) {
        return new Classification(intent, 0.9, Set.of(risks), Sentiment.NEUTRAL, language, IntentSource.RULES, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "it", "ja", "zh"})
    void should_draft_every_intent_in_the_buyers_language_without_leftover_placeholders(String language) {
        for (String intent : Intents.DEFAULT_TAXONOMY) {
            for (String orderId : new String[] {"302-1234567-1234567", null}) {
                var draft = drafter.draft(message(orderId), label(intent, language), Instant.EPOCH);
                assertThat(draft.language()).isEqualTo(language);
                assertThat(draft.text()).doesNotContain("{").doesNotContain("}").isNotBlank();
                boolean citesOrder = ReplyTemplates.bundled().find(draft.templateId().replace("." + language, ""), language).orElseThrow()
                        .contains("{order_ref}");
                if (orderId != null && citesOrder) {
                    assertThat(draft.text()).as(intent + "." + language).contains(orderId);
                }
                if (!citesOrder) {
                    assertThat(draft.text()).as("a reply about no order asks for none").isEqualTo(ReplyTemplates.bundled()
                            .find(draft.templateId().replace("." + language, ""), language).orElseThrow());
                }
            }
        }
    }

    @Test
    void should_not_ask_for_an_order_number_in_a_thank_you_reply() {
        assertThat(drafter.draft(message(null), label("thanks", "en"), Instant.EPOCH).text()).doesNotContain("order number");
    }

    @Test
    void should_ask_for_the_order_number_when_it_is_unknown() {
        assertThat(drafter.draft(message(null), label("order_tracking", "de"), Instant.EPOCH).text()).contains("Bestellnummer");
    }

    @Test
    void should_fall_back_to_english_for_a_language_without_templates() {
        var draft = drafter.draft(message("o-1"), label("order_tracking", "pt"), Instant.EPOCH);
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.templateId()).isEqualTo("order_tracking.en");
    }

    @Test
    void should_escalate_when_a_risk_needs_a_person_but_not_for_abusive_language_alone() {
        var risky = drafter.draft(message("o-1"), label("refund_request", "en", RiskSignal.CHARGEBACK_CLAIM, RiskSignal.ABUSIVE_LANGUAGE), Instant.EPOCH);
        assertThat(risky.status()).isEqualTo(DraftStatus.ESCALATED);
        assertThat(risky.escalationReason()).isEqualTo("risk: chargeback_claim");
        var rude = drafter.draft(message("o-1"), label("complaint", "en", RiskSignal.ABUSIVE_LANGUAGE), Instant.EPOCH);
        assertThat(rude.status()).isEqualTo(DraftStatus.PENDING_APPROVAL);
        assertThat(rude.draftId()).isEqualTo("d-abc");
    }

    @org.junit.jupiter.api.Test
    void should_write_british_english_to_buyers_of_a_british_marketplace() {
        var label = new com.linkstar.reply.core.model.Classification("cancel_order", 0.9, java.util.Set.of(),
                com.linkstar.reply.core.model.Sentiment.NEUTRAL, "en", com.linkstar.reply.core.model.IntentSource.RULES, java.util.List.of());
        TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());
        for (String marketplace : new String[] {"amazon.co.uk", "ebay.co.uk", "amazon.com", "amazon.de"}) {
            var message = new com.linkstar.reply.core.model.BuyerMessage("t", "s", com.linkstar.reply.core.model.Channel.AMAZON, marketplace, "c",
                    "m-1", "p-1", "202-1234567-1234567", "b", null, "Please cancel", java.time.Instant.parse("2026-11-24T10:00:00Z"));
            var draft = drafter.draft(message, label, java.time.Instant.parse("2026-11-24T10:00:05Z"));
            assertThat(draft.language()).isEqualTo("en");
            assertThat(draft.templateId()).isEqualTo(marketplace.endsWith(".co.uk") ? "cancel_order.en-GB" : "cancel_order.en");
            assertThat(draft.text()).contains(" (order 202-1234567-1234567)"); // the space before the reference survives the properties file
        }
    }
}
