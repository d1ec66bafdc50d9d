package com.linkstar.reply.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.RiskSignal;
import com.linkstar.reply.core.model.Sentiment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TemplateDrafterTest {

    private final TemplateDrafter drafter = new TemplateDrafter(ReplyTemplates.bundled());

    private static BuyerMessage message(String orderId) {
        return new BuyerMessage("acme", "s", Channel.AMAZON, "amazon.de", "c-1", "m-abc", "p-1", orderId, "b", null, "text", Instant.EPOCH);
    }

    /** "return_request.en@amazon" → "return_request" */
    private static String generalKey(String templateId, String language) {
        return templateId.replaceAll("@.*$", "").replace("." + language, "");
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
                boolean citesOrder = ReplyTemplates.bundled().find(generalKey(draft.templateId(), language), language, Channel.AMAZON).orElseThrow()
                        .contains("{order_ref}");
                if (orderId != null && citesOrder) {
                    assertThat(draft.text()).as(intent + "." + language).contains(orderId);
                }
                if (!citesOrder) {
                    assertThat(draft.text()).as("a reply about no order asks for none").isEqualTo(ReplyTemplates.bundled()
                            .find(generalKey(draft.templateId(), language), language, Channel.AMAZON).orElseThrow());
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
            assertThat(draft.templateId()).isEqualTo(marketplace.endsWith(".co.uk") ? "cancel_order.en-GB@amazon" : "cancel_order.en@amazon");
            assertThat(draft.text()).contains(" (order 202-1234567-1234567)"); // the space before the reference survives the properties file
        }
    }

    /** The body (second line) of a template, as the drafter fills it for an order the message names. */
    private static String body(String template, String language, String orderId) {
        String reference = ReplyTemplates.bundled().find(ReplyTemplates.ORDER_REFERENCE, language).orElseThrow().replace("{order_id}", orderId);
        return template.split("\n", -1)[1].replace("{order_ref}", reference);
    }

    @Test
    void should_tell_the_buyer_the_platforms_own_step_on_its_channel_and_use_the_general_template_elsewhere() {
        ReplyTemplates templates = ReplyTemplates.bundled();
        Set<Channel> ownProcess = Set.of(Channel.AMAZON, Channel.EBAY, Channel.SHOPEE, Channel.LAZADA, Channel.TIKTOK_US, Channel.TIKTOK_SEA,
                Channel.ALIEXPRESS);
        for (String variant : List.of("en", "en-GB", "de", "fr", "es", "it", "ja", "zh")) {
            for (String intent : List.of(Intents.RETURN_REQUEST, Intents.CANCEL_ORDER)) {
                String general = templates.find(intent, variant).orElseThrow();
                for (Channel channel : Channel.values()) {
                    var message = new BuyerMessage("acme", "s", channel, variant.equals("en-GB") ? "example.co.uk" : "example.com", "c-1", "m-abc",
                            "p-1", "o-77", "b", null, "text", Instant.EPOCH);
                    var draft = drafter.draft(message, label(intent, variant.substring(0, 2)), Instant.EPOCH);
                    String expected = templates.find(intent, variant, channel).orElseThrow();
                    if (ownProcess.contains(channel)) {
                        assertThat(expected).as(intent + "." + variant + "@" + channel.wireName()).isNotEqualTo(general);
                    } else {
                        assertThat(expected).as(intent + "." + variant + " on " + channel.wireName()).isEqualTo(general);
                    }
                    assertThat(draft.text().split("\n", -1)[1]).as(intent + "." + variant + " on " + channel.wireName())
                            .isEqualTo(body(expected, variant, "o-77"));
                    // the template id says whose wording it is: the channel's own, or the intent's for every channel
                    assertThat(draft.templateId()).isEqualTo(intent + "." + variant + (ownProcess.contains(channel) ? "@" + channel.wireName() : ""));
                }
            }
        }
        // no channel has its own wording for an intent whose process the platforms do not differ in
        for (Channel channel : Channel.values()) {
            assertThat(templates.find(Intents.ORDER_TRACKING, "de", channel)).contains(templates.find(Intents.ORDER_TRACKING, "de").orElseThrow());
        }
    }

    @Test
    void should_name_the_platforms_own_menu_in_the_buyers_language() {
        assertThat(drafted("o-1", Intents.RETURN_REQUEST, "de", OrderFacts.NONE).text()).contains("„Meine Bestellungen“").contains("Amazon-Konto");
        var ebay = new BuyerMessage("acme", "s", Channel.EBAY, "ebay.co.uk", "c-1", "m-abc", "p-1", "o-1", "b", null, "text", Instant.EPOCH);
        assertThat(drafter.draft(ebay, label(Intents.RETURN_REQUEST, "en"), Instant.EPOCH).text()).contains("'Purchases' in My eBay")
                .contains("'Return this item'");
        var shopee = new BuyerMessage("acme", "s", Channel.SHOPEE, "shopee.sg", "c-1", "m-abc", "p-1", null, "b", null, "text", Instant.EPOCH);
        var cancel = drafter.draft(shopee, label(Intents.CANCEL_ORDER, "en"), Instant.EPOCH);
        assertThat(cancel.text()).startsWith("Hi,\n").contains("in the Shopee app").contains("order number").endsWith("\nThanks for your patience!");
        // a confirmed return authorisation still states its RMA number, on any channel
        var authorised = drafter.draft(new BuyerMessage("acme", "s", Channel.AMAZON, "amazon.com", "c-1", "m-abc", "p-1", "o-1", "b", null, "text",
                Instant.EPOCH), label(Intents.RETURN_REQUEST, "en"), Instant.EPOCH, TenantTemplates.NONE, facts("return_authorized", true, "rma_number", "RMA-9"));
        assertThat(authorised.templateId()).isEqualTo("return_request_authorized.en");
        assertThat(authorised.text()).contains("RMA-9").doesNotContain("Your Orders");
    }

    private static OrderFacts facts(Object... keysAndValues) {
        Map<String, Object> facts = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new OrderFacts(facts);
    }

    private ReplyDraft drafted(String orderId, String intent, String language, OrderFacts facts) {
        return drafter.draft(message(orderId), label(intent, language), Instant.EPOCH, TenantTemplates.NONE, facts);
    }

    @Test
    void should_state_an_outcome_only_when_the_facts_confirm_it_for_the_intent() {
        // confirmed, for the intent that asked for it
        assertThat(drafted("o-1", "refund_request", "en", facts("refund_issued", true)).templateId()).isEqualTo("refund_issued.en");
        assertThat(drafted("o-1", "return_request", "de", facts("return_authorized", true, "rma_number", "RMA-40021")).templateId())
                .isEqualTo("return_request_authorized.de");
        assertThat(drafted("o-1", "missing_parts", "fr", facts("replacement_shipped", true)).templateId()).isEqualTo("missing_parts_reshipped.fr");
        for (String intent : List.of("product_defect", "wrong_item", "exchange_request")) {
            assertThat(drafted("o-1", intent, "it", facts("replacement_shipped", true)).templateId()).isEqualTo("replacement_shipped.it");
        }
        // not confirmed, or not what the buyer asked about: the intent's template says what will be checked
        assertThat(drafted("o-1", "refund_request", "en", facts("refund_issued", false, "refund_amount", "34.90", "currency", "EUR")).templateId())
                .isEqualTo("refund_request.en");
        assertThat(drafted("o-1", "refund_request", "en", facts("refund_issued", "true")).templateId()).as("only a boolean true confirms")
                .isEqualTo("refund_request.en");
        assertThat(drafted("o-1", "return_request", "en", facts("refund_issued", true)).templateId()).isEqualTo("return_request.en@amazon");
        assertThat(drafted("o-1", "return_request", "en", facts("return_authorized", true)).templateId()).as("no RMA number to cite")
                .isEqualTo("return_request.en@amazon");
        assertThat(drafted("o-1", "order_tracking", "en", facts("replacement_shipped", true, "carrier", "DHL", "tracking_number", "JJD1"))
                .templateId()).isEqualTo("order_tracking.en");
        assertThat(drafted("o-1", "cancel_order", "en", facts("refund_issued", true)).templateId()).isEqualTo("cancel_order.en@amazon");
    }

    @Test
    void should_mention_a_fact_only_when_the_facts_hold_it() {
        var untracked = drafted("o-1", "product_defect", "de", facts("replacement_shipped", true, "carrier", "DHL"));
        assertThat(untracked.templateId()).isEqualTo("replacement_shipped.de");
        assertThat(untracked.text()).doesNotContain("DHL").doesNotContain("Sendungsnummer");
        var tracked = drafted("o-1", "product_defect", "de", facts("replacement_shipped", true, "carrier", "DHL", "tracking_number", "JJD0001"));
        assertThat(tracked.templateId()).isEqualTo("replacement_shipped_tracked.de");
        assertThat(tracked.text()).contains("mit DHL").contains("JJD0001");

        var noCurrency = drafted("o-1", "refund_request", "de", facts("refund_issued", true, "refund_amount", "34.90"));
        assertThat(noCurrency.templateId()).isEqualTo("refund_issued.de");
        assertThat(noCurrency.text()).doesNotContain("34");
        assertThat(drafted("o-1", "refund_request", "de", facts("refund_issued", true, "refund_amount", 34.9, "currency", "EUR")).text())
                .contains("in Höhe von 34,90 EUR");
        assertThat(drafted("o-1", "refund_request", "ja", facts("refund_issued", true, "refund_amount", "3490", "currency", "JPY")).text())
                .contains("3490 JPYの返金");
        assertThat(drafted("o-1", "return_request", "zh", facts("return_authorized", true, "rma_number", "RMA-40021")).text())
                .contains("RMA-40021").doesNotContain("{");
    }

    @Test
    void should_cite_the_order_of_a_confirmed_outcome_and_never_ask_for_it() {
        var fromFacts = drafted(null, "refund_request", "de", facts("refund_issued", true, "order_id", "028-1234567-7654321"));
        assertThat(fromFacts.text()).contains("(Bestellung 028-1234567-7654321)").doesNotContain("Bestellnummer");
        var unknown = drafted(null, "refund_request", "de", facts("refund_issued", true));
        assertThat(unknown.text()).contains("Rückerstattung für Ihre Bestellung veranlasst").doesNotContain("Bestellnummer");
        // without a confirmed outcome the order number is still asked for
        assertThat(drafted(null, "refund_request", "de", facts("order_id", "028-1234567-7654321")).text()).contains("Bestellnummer");
    }

    @Test
    void should_tell_a_fact_grounded_template_from_one_that_says_what_will_be_checked() {
        for (String grounded : List.of("order_tracking_shipped.en", "tenant:order_tracking_shipped.en", "return_request_authorized.de",
                "refund_issued.ja", "refund_issued_amount.en-GB", "replacement_shipped.zh", "replacement_shipped_tracked.fr",
                "missing_parts_reshipped.es", "missing_parts_reshipped_tracked.it", "refund_issued")) {
            assertThat(TemplateDrafter.isFactGrounded(grounded)).as(grounded).isTrue();
        }
        for (String generic : List.of("order_tracking.en", "refund_request.en-GB", "_fallback.de", "tenant:thanks.de", "refund", "", "tenant:")) {
            assertThat(TemplateDrafter.isFactGrounded(generic)).as(generic).isFalse();
        }
        assertThat(TemplateDrafter.isFactGrounded(null)).isFalse();
    }

    @Test
    void should_write_a_refund_amount_as_the_buyers_language_does() {
        assertThat(TemplateDrafter.amountIn("de", "34.9", "EUR")).isEqualTo("34,90");
        assertThat(TemplateDrafter.amountIn("en-GB", "34.9", "GBP")).isEqualTo("34.90");
        assertThat(TemplateDrafter.amountIn("fr", "100", "eur")).isEqualTo("100,00");
        assertThat(TemplateDrafter.amountIn("ja", "3490.0", "JPY")).isEqualTo("3490");
        assertThat(TemplateDrafter.amountIn("en", "1.0E7", "USD")).isEqualTo("10000000.00");
        assertThat(TemplateDrafter.amountIn("es", "34.90", "€")).as("not an ISO code: minor units unknown").isEqualTo("34,90");
        assertThat(TemplateDrafter.amountIn("it", "12.345", "EUR")).as("never rounded").isEqualTo("12.345");
        assertThat(TemplateDrafter.amountIn("de", "1,234.50", "EUR")).as("the ERP's own format, as it came").isEqualTo("1,234.50");
    }
}
