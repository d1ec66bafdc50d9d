package com.linkstar.reply.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.IntentSource;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The templates that state an outcome (shipped, return authorised, refund issued, replacement or missing parts shipped)
 * pass every channel's check in every variant when the order facts confirm what they state, and the check flags every
 * one of them when the facts are missing: the check, not only the drafter, guards each promise.
 */
class FactGroundedTemplatesPassComplianceTest {

    private static final TemplateDrafter DRAFTER = new TemplateDrafter(ReplyTemplates.bundled());
    private static final ComplianceCheck CHECK = ComplianceCheck.bundled();

    /** The eight variants: the language the buyer wrote in, and a marketplace that selects the variant. */
    private record Variant(String id, String language, String marketplace, String carrier, String trackingNumber) {
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("en", "en", "amazon.com", "UPS", "1Z999AA10123456784"),
            new Variant("en-GB", "en", "amazon.co.uk", "Royal Mail", "AB123456789GB"),
            new Variant("de", "de", "amazon.de", "DHL", "JJD000390007812345"),
            new Variant("fr", "fr", "amazon.fr", "Colissimo", "6A12345678901"),
            new Variant("es", "es", "amazon.es", "Correos", "PQ4F6P0702345670108001B"),
            new Variant("it", "it", "amazon.it", "BRT", "123456789012"),
            new Variant("ja", "ja", "amazon.co.jp", "ヤマト運輸", "4567-8901-2345"),
            new Variant("zh", "zh", "shopee.tw", "顺丰速运", "SF1234567890123"));

    /** An intent, the facts confirmed for its order, and the template they must select. */
    private record Case(String intent, Map<String, Object> facts, String templateKey) {
    }

    private static List<Case> cases(Variant variant) {
        Map<String, Object> tracking = Map.of("carrier", variant.carrier(), "tracking_number", variant.trackingNumber());
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(Intents.ORDER_TRACKING, with(tracking, "shipped", true), "order_tracking_shipped"));
        cases.add(new Case(Intents.RETURN_REQUEST, Map.of("return_authorized", true, "rma_number", "RMA-40021"), "return_request_authorized"));
        // a numeric RMA number is the ERP's, not a phone number
        cases.add(new Case(Intents.RETURN_REQUEST, Map.of("return_authorized", true, "rma_number", "4500123456"), "return_request_authorized"));
        cases.add(new Case(Intents.REFUND_REQUEST, Map.of("refund_issued", true), "refund_issued"));
        cases.add(new Case(Intents.REFUND_REQUEST, Map.of("refund_issued", true, "refund_amount", "34.9", "currency", "EUR"), "refund_issued_amount"));
        cases.add(new Case(Intents.REFUND_REQUEST, Map.of("refund_issued", true, "refund_amount", 1249.5, "currency", "GBP"), "refund_issued_amount"));
        cases.add(new Case(Intents.MISSING_PARTS, Map.of("replacement_shipped", true), "missing_parts_reshipped"));
        cases.add(new Case(Intents.MISSING_PARTS, with(tracking, "replacement_shipped", true), "missing_parts_reshipped_tracked"));
        for (String intent : List.of(Intents.PRODUCT_DEFECT, Intents.WRONG_ITEM, Intents.EXCHANGE_REQUEST)) {
            cases.add(new Case(intent, Map.of("replacement_shipped", true), "replacement_shipped"));
            cases.add(new Case(intent, with(tracking, "replacement_shipped", true), "replacement_shipped_tracked"));
        }
        return cases;
    }

    private static Map<String, Object> with(Map<String, Object> facts, String key, Object value) {
        Map<String, Object> all = new HashMap<>(facts);
        all.put(key, value);
        return all;
    }

    private static ReplyDraft draft(Channel channel, Variant variant, String intent, String orderId, OrderFacts facts) {
        BuyerMessage message = new BuyerMessage("t", "s", channel, variant.marketplace(), "c", "m-1", "p-1", orderId, "b", null, "text",
                Instant.parse("2026-11-24T10:00:00Z"));
        Classification label = new Classification(intent, 0.9, Set.of(), Sentiment.NEUTRAL, variant.language(), IntentSource.RULES, List.of());
        return DRAFTER.draft(message, label, Instant.parse("2026-11-24T10:00:05Z"), TenantTemplates.NONE, facts);
    }

    @Test
    void should_pass_every_channel_when_the_facts_confirm_the_outcome_and_be_flagged_without_them() {
        List<String> failures = new ArrayList<>();
        Set<String> templatesUsed = new TreeSet<>();
        int checked = 0;
        for (Variant variant : VARIANTS) {
            for (Case c : cases(variant)) {
                OrderFacts facts = new OrderFacts(c.facts());
                for (Channel channel : Channel.values()) {
                    for (String orderId : new String[] {"302-1234567-1234567", null}) {
                        ReplyDraft draft = draft(channel, variant, c.intent(), orderId, facts);
                        String where = channel.wireName() + " " + draft.templateId() + " " + c.facts() + ": ";
                        templatesUsed.add(draft.templateId());
                        checked++;
                        if (!draft.templateId().equals(c.templateKey() + "." + variant.id())) {
                            failures.add(where + "expected " + c.templateKey() + "." + variant.id());
                        }
                        if (draft.text().contains("{") || draft.text().contains("}")) {
                            failures.add(where + "a placeholder is left: " + draft.text());
                        }
                        List<Finding> findings = CHECK.check(channel, draft.text(), variant.language(), facts);
                        if (!findings.isEmpty()) {
                            failures.add(where + findings);
                        }
                        // the same text without the facts that back it: the check must catch the promise or the fact
                        List<String> unbacked = CHECK.check(channel, draft.text(), variant.language(), OrderFacts.NONE).stream()
                                .map(Finding::rule).filter(rule -> rule.startsWith("unconfirmed_")).toList();
                        if (unbacked.isEmpty()) {
                            failures.add(where + "not flagged without its facts: " + draft.text());
                        }
                        if (c.templateKey().startsWith("refund_issued") && !unbacked.contains("unconfirmed_promise")) {
                            failures.add(where + "a refund without refund_issued is not flagged as a promise: " + draft.text());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(VARIANTS.size() * cases(VARIANTS.get(0)).size() * Channel.values().length * 2);
        // every fact-grounded template in each of the eight variants
        assertThat(templatesUsed).hasSize(8 * 8).allMatch(TemplateDrafter::isFactGrounded);
    }

    @Test
    void should_say_what_will_be_checked_when_the_action_is_not_confirmed() {
        List<String> failures = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            for (String intent : List.of(Intents.RETURN_REQUEST, Intents.REFUND_REQUEST, Intents.MISSING_PARTS, Intents.PRODUCT_DEFECT,
                    Intents.WRONG_ITEM, Intents.EXCHANGE_REQUEST, Intents.ORDER_TRACKING)) {
                for (Channel channel : Channel.values()) {
                    ReplyDraft draft = draft(channel, variant, intent, "302-1234567-1234567", OrderFacts.NONE);
                    if (!draft.templateId().replaceAll("@.*$", "").equals(intent + "." + variant.id()) || TemplateDrafter.isFactGrounded(draft.templateId())) {
                        failures.add(channel.wireName() + " " + intent + "." + variant.id() + ": drafted from " + draft.templateId());
                    }
                    List<Finding> findings = CHECK.check(channel, draft.text(), variant.language(), OrderFacts.NONE);
                    if (!findings.isEmpty()) {
                        failures.add(channel.wireName() + " " + draft.templateId() + ": " + findings);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void should_flag_a_refund_template_drafted_without_the_refund_issued_fact() {
        // the amount is known but the refund is not confirmed as issued: the drafter keeps the generic template ...
        OrderFacts notIssued = new OrderFacts(Map.of("refund_amount", "34.90", "currency", "EUR"));
        ReplyDraft generic = draft(Channel.AMAZON, VARIANTS.get(2), Intents.REFUND_REQUEST, "302-1234567-1234567", notIssued);
        assertThat(generic.templateId()).isEqualTo("refund_request.de");
        assertThat(CHECK.check(Channel.AMAZON, generic.text(), "de", notIssued)).isEmpty();

        // ... and the refund template, had it been used, states a promise the check does not let through
        String refund = ReplyTemplates.bundled().find("refund_issued_amount", "de").orElseThrow().replace("{order_ref}", "")
                .replace("{refund_amount}", "34,90").replace("{currency}", "EUR");
        assertThat(CHECK.check(Channel.AMAZON, refund, "de", notIssued)).extracting(Finding::rule).contains("unconfirmed_promise");
        assertThat(CHECK.check(Channel.AMAZON, refund, "de", new OrderFacts(Map.of("refund_issued", true, "refund_amount", "34.90",
                "currency", "EUR")))).isEmpty();
    }
}
