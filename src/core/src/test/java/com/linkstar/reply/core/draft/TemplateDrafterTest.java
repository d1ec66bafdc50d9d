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
import java.time.LocalDate;
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
                .contains("'More actions'").contains("'Return this item'"); // eBay help: Purchases > More actions > Return this item
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

    private static OrderFacts facts(Map<String, Object> base, String key, Object value) {
        Map<String, Object> facts = new HashMap<>(base);
        facts.put(key, value);
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
                "missing_parts_reshipped.es", "missing_parts_reshipped_tracked.it", "refund_issued", "order_tracking_shipped_eta.de",
                "order_tracking_delivered.en-GB", "llm:order_tracking_delivered.ja", "delivery_problem_investigation.fr", "invoice_request_uploaded.it",
                "cancel_order_cancelled.es", "cancel_order_cancelled_refunded.zh")) {
            assertThat(TemplateDrafter.isFactGrounded(grounded)).as(grounded).isTrue();
        }
        // the return window is a policy stated while the return options are checked, not an answer: the clock keeps running
        for (String generic : List.of("order_tracking.en", "refund_request.en-GB", "_fallback.de", "tenant:thanks.de", "refund", "", "tenant:",
                "return_request_window.en", "llm:return_request_window.de", "return_request.en@amazon", "cancel_order.de@ebay")) {
            assertThat(TemplateDrafter.isFactGrounded(generic)).as(generic).isFalse();
        }
        assertThat(TemplateDrafter.isFactGrounded(null)).isFalse();
    }

    // ------------------------------------------------------------------ dates and the templates added with them

    /** "Now" of the drafts below: an estimated delivery on the 26th is ahead, a delivery on the 20th behind. */
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private ReplyDraft drafted(Channel channel, String marketplace, String orderId, String intent, String language, OrderFacts facts,
            TenantTemplates tenant) {
        var message = new BuyerMessage("acme", "s", channel, marketplace, "c-1", "m-abc", "p-1", orderId, "b", null, "text", NOW);
        return drafter.draft(message, label(intent, language), NOW, tenant, facts);
    }

    private ReplyDraft drafted(String intent, String language, OrderFacts facts) {
        return drafted(Channel.SHOPIFY, "example.com", "o-1", intent, language, facts, TenantTemplates.NONE);
    }

    @Test
    void should_write_a_date_as_the_buyers_language_does() {
        LocalDate date = LocalDate.of(2026, 11, 24);
        assertThat(FactDates.format(date, "en")).isEqualTo("November 24, 2026");
        assertThat(FactDates.format(date, "en-GB")).isEqualTo("24 November 2026");
        assertThat(FactDates.format(date, "de")).isEqualTo("24. November 2026");
        assertThat(FactDates.format(date, "fr")).isEqualTo("24 novembre 2026");
        assertThat(FactDates.format(date, "es")).isEqualTo("24 de noviembre de 2026");
        assertThat(FactDates.format(date, "it")).isEqualTo("24 novembre 2026");
        assertThat(FactDates.format(date, "ja")).isEqualTo("2026年11月24日");
        assertThat(FactDates.format(date, "zh")).isEqualTo("2026年11月24日");
        // the first of the month, and the months whose names a careless table gets wrong
        LocalDate first = LocalDate.of(2026, 7, 1);
        assertThat(FactDates.format(first, "en")).isEqualTo("July 1, 2026");
        assertThat(FactDates.format(first, "en-GB")).isEqualTo("1 July 2026");
        assertThat(FactDates.format(first, "de")).isEqualTo("1. Juli 2026");
        assertThat(FactDates.format(first, "fr")).as("le premier du mois").isEqualTo("1er juillet 2026");
        assertThat(FactDates.format(first, "es")).isEqualTo("1 de julio de 2026");
        assertThat(FactDates.format(first, "it")).as("il primo del mese").isEqualTo("1º luglio 2026");
        assertThat(FactDates.format(first, "ja")).isEqualTo("2026年7月1日");
        assertThat(FactDates.format(LocalDate.of(2026, 3, 5), "de")).isEqualTo("5. März 2026");
        assertThat(FactDates.format(LocalDate.of(2026, 8, 15), "fr")).isEqualTo("15 août 2026");
        assertThat(FactDates.format(LocalDate.of(2026, 2, 3), "fr")).isEqualTo("3 février 2026");
        assertThat(FactDates.format(LocalDate.of(2026, 12, 31), "fr")).isEqualTo("31 décembre 2026");
        assertThat(FactDates.format(LocalDate.of(2026, 9, 2), "es")).isEqualTo("2 de septiembre de 2026");
        assertThat(FactDates.format(LocalDate.of(2026, 6, 2), "it")).isEqualTo("2 giugno 2026");
        assertThat(FactDates.format(date, "pt")).as("a language without a table: the ISO date").isEqualTo("2026-11-24");
    }

    @Test
    void should_read_only_an_iso_date_from_the_facts() {
        assertThat(FactDates.parse("2026-11-24")).contains(LocalDate.of(2026, 11, 24));
        assertThat(FactDates.parse(" 2026-11-24 ")).contains(LocalDate.of(2026, 11, 24));
        for (String notADate : new String[] {null, "", " ", "2026-11-24T10:00:00Z", "24.11.2026", "11/24/2026", "2026-2-3", "2026-02-30",
                "2026-13-01", "+2026-11-24", "tomorrow"}) {
            assertThat(FactDates.parse(notADate)).as(notADate).isEmpty();
        }
    }

    @Test
    void should_give_the_estimated_delivery_date_only_when_the_facts_hold_one_still_ahead() {
        Map<String, Object> shipped = Map.of("shipped", true, "carrier", "DHL", "tracking_number", "JJD0001");
        var eta = drafted(Intents.ORDER_TRACKING, "de", facts(shipped, "estimated_delivery", "2026-11-26"));
        assertThat(eta.templateId()).isEqualTo("order_tracking_shipped_eta.de");
        assertThat(eta.text()).contains("mit DHL").contains("JJD0001").contains("Der voraussichtliche Liefertermin ist der 26. November 2026.");
        assertThat(TemplateDrafter.isFactGrounded(eta.templateId())).isTrue();
        assertThat(drafted(Intents.ORDER_TRACKING, "de", facts(shipped, "estimated_delivery", "2026-11-24")).templateId()).as("due today")
                .isEqualTo("order_tracking_shipped_eta.de");
        assertThat(drafted(Intents.ORDER_TRACKING, "en", facts(shipped, "estimated_delivery", "2026-11-26")).text())
                .contains("The estimated delivery date is November 26, 2026.");
        assertThat(drafted(Channel.AMAZON, "amazon.co.uk", "o-1", Intents.ORDER_TRACKING, "en", facts(shipped, "estimated_delivery", "2026-11-26"),
                TenantTemplates.NONE).text()).contains("The estimated delivery date is 26 November 2026.");
        // a date that does not parse, or an estimate already past (the parcel is late): carrier and tracking number only
        for (String unusable : new String[] {"26.11.2026", "2026-11-26T18:00:00Z", "2026-11-31", "soon", " ", "2026-11-23"}) {
            var draft = drafted(Intents.ORDER_TRACKING, "de", facts(shipped, "estimated_delivery", unusable));
            assertThat(draft.templateId()).as(unusable).isEqualTo("order_tracking_shipped.de");
            assertThat(draft.text()).as(unusable).doesNotContain("Liefertermin").doesNotContain("2026");
        }
        // an estimate without the shipment it belongs to confirms nothing
        assertThat(drafted(Intents.ORDER_TRACKING, "de", facts("carrier", "DHL", "tracking_number", "JJD0001", "estimated_delivery", "2026-11-26"))
                .templateId()).isEqualTo("order_tracking.de");
        assertThat(drafted(Intents.ORDER_TRACKING, "de", facts("shipped", true, "carrier", "DHL", "estimated_delivery", "2026-11-26"))
                .templateId()).as("no tracking number").isEqualTo("order_tracking.de");
    }

    @Test
    void should_say_the_carrier_reports_it_delivered_only_with_the_delivery_date_and_carrier() {
        Map<String, Object> delivered = Map.of("shipped", true, "delivered", true, "delivered_at", "2026-11-20", "carrier", "Colissimo",
                "tracking_number", "6A12345678901", "estimated_delivery", "2026-11-26");
        for (String intent : List.of(Intents.ORDER_TRACKING, Intents.DELIVERY_PROBLEM)) {
            var draft = drafted(intent, "fr", new OrderFacts(delivered));
            assertThat(draft.templateId()).as(intent).isEqualTo("order_tracking_delivered.fr");
            assertThat(draft.text()).contains("D'après Colissimo, votre colis a été livré le 20 novembre 2026.").contains("voisins")
                    .doesNotContain("rembours").doesNotContain("26 novembre");
            assertThat(TemplateDrafter.isFactGrounded(draft.templateId())).isTrue();
        }
        assertThat(drafted(Intents.DELIVERY_PROBLEM, "en", new OrderFacts(delivered)).text())
                .contains("Colissimo reports that it was delivered on November 20, 2026.").contains("we will look into it with the carrier");
        // without a usable delivery date or the carrier: the shipment's template for a tracking question, else the intent's own
        for (Object unusable : new Object[] {"20/11/2026", "2026-11-20T09:12:00+01:00", "2026-11-26", true}) {
            OrderFacts facts = facts(delivered, "delivered_at", unusable);
            assertThat(drafted(Intents.ORDER_TRACKING, "fr", facts).templateId()).as("delivered_at " + unusable)
                    .isEqualTo("order_tracking_shipped_eta.fr");
            assertThat(drafted(Intents.DELIVERY_PROBLEM, "fr", facts).templateId()).as("delivered_at " + unusable).isEqualTo("delivery_problem.fr");
        }
        assertThat(drafted(Intents.ORDER_TRACKING, "fr", facts(delivered, "delivered_at", "2026-11-25")).templateId())
                .as("tomorrow in UTC is already today east of it").isEqualTo("order_tracking_delivered.fr");
        assertThat(drafted(Intents.DELIVERY_PROBLEM, "fr", facts("delivered", true, "delivered_at", "2026-11-20")).templateId())
                .as("no carrier to cite").isEqualTo("delivery_problem.fr");
        assertThat(drafted(Intents.DELIVERY_PROBLEM, "fr", facts("delivered", "true", "delivered_at", "2026-11-20", "carrier", "Colissimo"))
                .templateId()).as("only a boolean true confirms").isEqualTo("delivery_problem.fr");
        assertThat(drafted(Intents.DELIVERY_PROBLEM, "fr", facts("delivered", true, "delivered_at", "2026-11-20", "carrier", "  ")).templateId())
                .as("a blank carrier is none").isEqualTo("delivery_problem.fr");
    }

    @Test
    void should_tell_the_buyer_of_the_investigation_opened_with_the_carrier() {
        OrderFacts opened = facts("carrier_investigation_opened", true, "carrier", "DHL", "delivered", true, "delivered_at", "2026-11-20");
        var draft = drafted(Intents.DELIVERY_PROBLEM, "de", opened);
        assertThat(draft.templateId()).as("the newer state: after the delivery the buyer cannot find").isEqualTo("delivery_problem_investigation.de");
        assertThat(draft.text()).contains("Wir haben bei DHL einen Nachforschungsauftrag gestellt");
        assertThat(TemplateDrafter.isFactGrounded(draft.templateId())).isTrue();
        assertThat(drafted(Intents.ORDER_TRACKING, "de", opened).templateId()).as("for a lost parcel, not a tracking question")
                .isEqualTo("order_tracking_delivered.de");
        assertThat(drafted(Intents.DELIVERY_PROBLEM, "de", facts("carrier_investigation_opened", true)).templateId()).as("no carrier to name")
                .isEqualTo("delivery_problem.de");
        assertThat(drafted(Intents.DELIVERY_PROBLEM, "de", facts("carrier_investigation_opened", false, "carrier", "DHL")).templateId())
                .isEqualTo("delivery_problem.de");
    }

    @Test
    void should_state_the_return_window_where_no_channel_or_tenant_wording_says_how_returns_start() {
        OrderFacts window = facts("return_window_days", 30);
        var shopify = drafted(Channel.SHOPIFY, "example.com", "o-1", Intents.RETURN_REQUEST, "en", window, TenantTemplates.NONE);
        assertThat(shopify.templateId()).isEqualTo("return_request_window.en");
        assertThat(shopify.text()).contains("within 30 days of delivery").contains("We are checking the return options")
                .doesNotContain("approved").doesNotContain("authoriz");
        assertThat(drafted(Channel.AMAZON_ATOZ, "amazon.de", "o-1", Intents.RETURN_REQUEST, "de", window, TenantTemplates.NONE).text())
                .contains("innerhalb von 30 Tagen nach Erhalt der Ware");
        // a policy, not an answer: the automatic reply built on it does not stop the clock
        assertThat(TemplateDrafter.isFactGrounded(shopify.templateId())).isFalse();
        // where the platform starts the return, its own step stays (and the platform shows the window it applies)
        var amazon = drafted(Channel.AMAZON, "amazon.com", "o-1", Intents.RETURN_REQUEST, "en", window, TenantTemplates.NONE);
        assertThat(amazon.templateId()).isEqualTo("return_request.en@amazon");
        assertThat(amazon.text()).doesNotContain("30 days");
        // so does the tenant's own return wording, for every channel or for this one
        assertThat(drafted(Channel.SHOPIFY, "example.com", "o-1", Intents.RETURN_REQUEST, "en", window,
                new TenantTemplates(Map.of("return_request.en", "Hello,\nReturns go through our portal{order_ref}.\nKind regards"), null))
                .templateId()).isEqualTo("tenant:return_request.en");
        assertThat(drafted(Channel.SHOPIFY, "example.com", "o-1", Intents.RETURN_REQUEST, "en", window,
                new TenantTemplates(Map.of("return_request.en@shopify", "Hello,\nReturns go through our portal{order_ref}.\nKind regards"), null))
                .templateId()).isEqualTo("tenant:return_request.en@shopify");
        // an authorised return is the answer, on every channel
        assertThat(drafted(Channel.SHOPIFY, "example.com", "o-1", Intents.RETURN_REQUEST, "en", facts("return_window_days", 30,
                "return_authorized", true, "rma_number", "RMA-7"), TenantTemplates.NONE).templateId()).isEqualTo("return_request_authorized.en");
        // a JSON number, and the windows no template can state
        assertThat(drafted(Intents.RETURN_REQUEST, "ja", facts("return_window_days", 14.0)).text()).contains("商品到着後14日以内");
        assertThat(drafted(Intents.RETURN_REQUEST, "es", facts("return_window_days", "60")).text()).contains("en un plazo de 60 días");
        for (Object unusable : new Object[] {"30 days", 30.5, 0, 1, 366, -14, "", true}) {
            assertThat(drafted(Intents.RETURN_REQUEST, "en", facts("return_window_days", unusable)).templateId()).as(String.valueOf(unusable))
                    .isEqualTo("return_request.en");
        }
        // it still says what will be checked: without the order number it asks for it
        assertThat(drafted(Channel.SHOPIFY, "example.com", null, Intents.RETURN_REQUEST, "en", window, TenantTemplates.NONE).text())
                .contains("within 30 days").contains("Could you send us your order number");
    }

    @Test
    void should_confirm_an_uploaded_invoice_and_a_cancellation_only_when_the_facts_do() {
        var invoice = drafted(Intents.INVOICE_REQUEST, "it", facts("invoice_uploaded", true));
        assertThat(invoice.templateId()).isEqualTo("invoice_request_uploaded.it");
        assertThat(invoice.text()).contains("Abbiamo caricato la fattura");
        assertThat(drafted(Intents.INVOICE_REQUEST, "it", facts("invoice_uploaded", "yes")).templateId()).isEqualTo("invoice_request.it");
        assertThat(drafted(Intents.INVOICE_REQUEST, "it", facts("refund_issued", true)).templateId()).isEqualTo("invoice_request.it");

        // a confirmed cancellation is the answer, also where the platform has its own cancellation step
        var cancelled = drafted(Channel.AMAZON, "amazon.es", "o-1", Intents.CANCEL_ORDER, "es", facts("cancelled", true), TenantTemplates.NONE);
        assertThat(cancelled.templateId()).isEqualTo("cancel_order_cancelled.es");
        assertThat(cancelled.text()).contains("ha sido cancelado").doesNotContain("reembols");
        var refunded = drafted(Channel.AMAZON, "amazon.es", "o-1", Intents.CANCEL_ORDER, "es", facts("cancelled", true, "refund_issued", true),
                TenantTemplates.NONE);
        assertThat(refunded.templateId()).isEqualTo("cancel_order_cancelled_refunded.es");
        assertThat(refunded.text()).contains("hemos realizado el reembolso");
        assertThat(List.of(invoice, cancelled, refunded)).allMatch(d -> TemplateDrafter.isFactGrounded(d.templateId()));
        assertThat(drafted(Channel.AMAZON, "amazon.es", "o-1", Intents.CANCEL_ORDER, "es", facts("cancelled", false, "refund_issued", true),
                TenantTemplates.NONE).templateId()).isEqualTo("cancel_order.es@amazon");
        // a confirmed outcome cites the order from the facts and never asks for it
        var unnamed = drafted(Channel.SHOPIFY, "example.com", null, Intents.CANCEL_ORDER, "en", facts("cancelled", true, "order_id", "#4711"),
                TenantTemplates.NONE);
        assertThat(unnamed.text()).contains("your order (order #4711) has been cancelled").doesNotContain("order number");
    }

    /** The variants and the frame lines (reply-frames.properties) every template is written with. */
    private static final List<String> VARIANTS = List.of("en", "en-GB", "de", "fr", "es", "it", "ja", "zh");
    /**
     * Fact-grounded templates written before the dates whose first or last line is their own, as the frames allow: the
     * Japanese apology opens the reply, and a shipped notice closes with 今後とも.
     */
    private static final Set<String> OWN_FRAME_LINE = Set.of("order_tracking_shipped.ja", "missing_parts_reshipped.ja", "missing_parts_reshipped_tracked.ja");

    @Test
    void should_have_every_fact_grounded_template_in_every_variant_with_exactly_its_placeholders() {
        java.util.Properties all = com.linkstar.reply.core.resources.BundledProperties.load(ReplyTemplates.class, "reply-templates.properties");
        java.util.Properties frames = com.linkstar.reply.core.resources.BundledProperties.load(ReplyFrames.class, "reply-frames.properties");
        Map<String, List<String>> grounded = TemplateDrafter.factGroundedFills();
        assertThat(grounded).hasSize(15);
        for (String variant : VARIANTS) {
            List<String> keys = all.stringPropertyNames().stream().filter(k -> k.endsWith("." + variant)).map(k -> k.substring(0, k.lastIndexOf('.')))
                    .toList();
            // three helpers (_fallback, _order_ref, _ask_order), an intent template for all but "other", and the fact-grounded ones
            assertThat(keys).as(variant).hasSize(3 + (Intents.DEFAULT_TAXONOMY.size() - 1) + 15)
                    .containsAll(grounded.keySet());
            assertThat(all.stringPropertyNames().stream().filter(k -> k.contains("." + variant + "@"))).as(variant).hasSize(14);
            for (Map.Entry<String, List<String>> template : grounded.entrySet()) {
                String key = template.getKey() + "." + variant;
                String text = all.getProperty(key);
                String[] lines = text.split("\n", -1);
                assertThat(lines).as(key).hasSize(3);
                if (!OWN_FRAME_LINE.contains(key)) {
                    assertThat(lines[0]).as(key).isEqualTo(frames.getProperty("letter.standard." + variant + ".greeting"));
                    assertThat(lines[2]).as(key).isEqualTo(frames.getProperty("letter.standard." + variant + ".closing"));
                }
                Set<String> placeholders = new java.util.TreeSet<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)\\}").matcher(text);
                while (m.find()) {
                    placeholders.add(m.group(1));
                }
                Set<String> expected = new java.util.TreeSet<>(template.getValue());
                expected.add("order_ref");
                assertThat(placeholders).as(key + ": every placeholder filled from the facts, every fact it needs placed").isEqualTo(expected);
            }
        }
        assertThat(all.stringPropertyNames()).hasSize(VARIANTS.size() * (3 + (Intents.DEFAULT_TAXONOMY.size() - 1) + 15 + 14));
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
