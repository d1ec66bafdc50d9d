package com.linkstar.reply.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.draft.ReplyTemplates;
import com.linkstar.reply.core.draft.TemplateDrafter;
import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.Tone;
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
 * The templates that state an outcome (shipped, delivered, an investigation opened, return authorised, refund issued,
 * replacement or missing parts shipped, invoice uploaded, order cancelled) pass every channel's check in every variant
 * when the order facts confirm what they state, and the check flags each one whose claim a rule covers when the facts
 * are missing: the check, not only the drafter, guards each promise, date, carrier and tracking number. The return
 * window (a policy, not an outcome) is stated only where no channel wording tells the platform's own return step.
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

    /**
     * An intent, the facts confirmed for its order, the template they must select, the rules the check must raise on the
     * same text without the facts (none where no rule covers the claim: that an invoice was uploaded or an order
     * cancelled is guarded by the drafter alone), and whether it is drafted in every tone (the templates added with the
     * dates; the older ones in the standard tone, the frames' lines being checked with every intent template).
     */
    private record Case(String intent, Map<String, Object> facts, String templateKey, Set<String> flaggedWithout, boolean everyTone) {

        Case(String intent, Map<String, Object> facts, String templateKey, Set<String> flaggedWithout) {
            this(intent, facts, templateKey, flaggedWithout, false);
        }
    }

    private static final Set<String> FACT = Set.of("unconfirmed_fact");
    private static final Set<String> PROMISE = Set.of("unconfirmed_promise");
    /**
     * Either: a reshipment is read as a promise in some languages and as a shipping fact in others (the check's
     * subsumption keeps one), and both keep the draft from going out.
     */
    private static final Set<String> EITHER = Set.of("unconfirmed_*");
    /** "Now" for every draft below: the estimated delivery is still ahead, the delivery behind. */
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:05Z");

    private static List<Case> cases(Variant variant) {
        Map<String, Object> tracking = Map.of("carrier", variant.carrier(), "tracking_number", variant.trackingNumber());
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(Intents.ORDER_TRACKING, with(tracking, "shipped", true), "order_tracking_shipped", FACT));
        cases.add(new Case(Intents.RETURN_REQUEST, Map.of("return_authorized", true, "rma_number", "RMA-40021"), "return_request_authorized", PROMISE));
        // a numeric RMA number is the ERP's, not a phone number
        cases.add(new Case(Intents.RETURN_REQUEST, Map.of("return_authorized", true, "rma_number", "4500123456"), "return_request_authorized", PROMISE));
        cases.add(new Case(Intents.REFUND_REQUEST, Map.of("refund_issued", true), "refund_issued", PROMISE));
        cases.add(new Case(Intents.REFUND_REQUEST, Map.of("refund_issued", true, "refund_amount", "34.9", "currency", "EUR"), "refund_issued_amount", PROMISE));
        cases.add(new Case(Intents.REFUND_REQUEST, Map.of("refund_issued", true, "refund_amount", 1249.5, "currency", "GBP"), "refund_issued_amount", PROMISE));
        cases.add(new Case(Intents.MISSING_PARTS, Map.of("replacement_shipped", true), "missing_parts_reshipped", EITHER));
        cases.add(new Case(Intents.MISSING_PARTS, with(tracking, "replacement_shipped", true), "missing_parts_reshipped_tracked", EITHER));
        for (String intent : List.of(Intents.PRODUCT_DEFECT, Intents.WRONG_ITEM, Intents.EXCHANGE_REQUEST)) {
            cases.add(new Case(intent, Map.of("replacement_shipped", true), "replacement_shipped", EITHER));
            cases.add(new Case(intent, with(tracking, "replacement_shipped", true), "replacement_shipped_tracked", EITHER));
        }
        // added with the dates, drafted in every tone
        cases.add(new Case(Intents.ORDER_TRACKING, with(with(tracking, "shipped", true), "estimated_delivery", "2026-11-26"),
                "order_tracking_shipped_eta", FACT, true));
        for (String intent : List.of(Intents.ORDER_TRACKING, Intents.DELIVERY_PROBLEM)) {
            cases.add(new Case(intent, Map.of("shipped", true, "delivered", true, "delivered_at", "2026-11-20", "carrier", variant.carrier()),
                    "order_tracking_delivered", FACT, true));
        }
        cases.add(new Case(Intents.DELIVERY_PROBLEM, with(tracking, "carrier_investigation_opened", true), "delivery_problem_investigation", FACT, true));
        cases.add(new Case(Intents.INVOICE_REQUEST, Map.of("invoice_uploaded", true), "invoice_request_uploaded", Set.of(), true));
        cases.add(new Case(Intents.CANCEL_ORDER, Map.of("cancelled", true), "cancel_order_cancelled", Set.of(), true));
        cases.add(new Case(Intents.CANCEL_ORDER, Map.of("cancelled", true, "refund_issued", true), "cancel_order_cancelled_refunded", PROMISE, true));
        return cases;
    }

    private static Map<String, Object> with(Map<String, Object> facts, String key, Object value) {
        Map<String, Object> all = new HashMap<>(facts);
        all.put(key, value);
        return all;
    }

    private static ReplyDraft draft(Channel channel, Variant variant, String intent, String orderId, OrderFacts facts) {
        return draft(channel, variant, intent, orderId, facts, TenantTemplates.NONE);
    }

    private static ReplyDraft draft(Channel channel, Variant variant, String intent, String orderId, OrderFacts facts, TenantTemplates tenant) {
        BuyerMessage message = new BuyerMessage("t", "s", channel, variant.marketplace(), "c", "m-1", "p-1", orderId, "b", null, "text",
                Instant.parse("2026-11-24T10:00:00Z"));
        Classification label = new Classification(intent, 0.9, Set.of(), Sentiment.NEUTRAL, variant.language(), IntentSource.RULES, List.of());
        return DRAFTER.draft(message, label, NOW, tenant, facts);
    }

    @Test
    void should_pass_every_channel_when_the_facts_confirm_the_outcome_and_be_flagged_without_them() {
        List<String> failures = new ArrayList<>();
        Set<String> templatesUsed = new TreeSet<>();
        int checked = 0;
        int expected = 0;
        for (Variant variant : VARIANTS) {
            for (Case c : cases(variant)) {
                OrderFacts facts = new OrderFacts(c.facts());
                for (Tone tone : c.everyTone() ? Tone.values() : new Tone[] {Tone.STANDARD}) {
                    TenantTemplates inTone = new TenantTemplates(Map.of(), null, tone);
                    for (Channel channel : Channel.values()) {
                        for (String orderId : new String[] {"302-1234567-1234567", null}) {
                            expected++;
                            ReplyDraft draft = draft(channel, variant, c.intent(), orderId, facts, inTone);
                            String where = tone.wireName() + " " + channel.wireName() + " " + draft.templateId() + " " + c.facts() + ": ";
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
                            if (tone != Tone.STANDARD) {
                                continue; // the body is the same in every tone: checked without its facts once
                            }
                            // the same text without the facts that back it: the check must catch the promise or the fact
                            List<String> unbacked = CHECK.check(channel, draft.text(), variant.language(), OrderFacts.NONE).stream()
                                    .map(Finding::rule).filter(rule -> rule.startsWith("unconfirmed_")).toList();
                            if (c.flaggedWithout().equals(EITHER) ? unbacked.isEmpty() : !unbacked.containsAll(c.flaggedWithout())) {
                                failures.add(where + "not flagged " + c.flaggedWithout() + " without its facts (" + unbacked + "): " + draft.text());
                            }
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(expected).isEqualTo(VARIANTS.size() * Channel.values().length * 2
                * (14 + 7 * Tone.values().length));
        // every fact-grounded template that states an outcome, in each of the eight variants
        assertThat(templatesUsed).hasSize(14 * 8).allMatch(TemplateDrafter::isFactGrounded);
    }

    @Test
    void should_flag_a_date_the_facts_do_not_hold_and_pass_every_month_written_in_every_language() {
        List<String> failures = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            Map<String, Object> tracking = Map.of("shipped", true, "carrier", variant.carrier(), "tracking_number", variant.trackingNumber());
            for (int month = 1; month <= 12; month++) {
                for (int day : new int[] {1, 9, 28}) {
                    String date = String.format("2027-%02d-%02d", month, day);
                    Map<Case, String> dated = Map.of(
                            new Case(Intents.ORDER_TRACKING, with(tracking, "estimated_delivery", date), "order_tracking_shipped_eta", FACT),
                            "estimated_delivery",
                            new Case(Intents.DELIVERY_PROBLEM, Map.of("delivered", true, "delivered_at", date.replace("2027", "2025"), "carrier",
                                    variant.carrier()), "order_tracking_delivered", FACT), "delivered_at");
                    for (Map.Entry<Case, String> c : dated.entrySet()) {
                        OrderFacts facts = new OrderFacts(c.getKey().facts());
                        ReplyDraft draft = draft(Channel.EBAY, variant, c.getKey().intent(), "302-1234567-1234567", facts);
                        String where = draft.templateId() + " " + c.getKey().facts() + ": ";
                        if (!draft.templateId().equals(c.getKey().templateKey() + "." + variant.id())) {
                            failures.add(where + "expected " + c.getKey().templateKey());
                            continue;
                        }
                        List<Finding> findings = CHECK.check(Channel.EBAY, draft.text(), variant.language(), facts);
                        if (!findings.isEmpty()) {
                            failures.add(where + findings);
                        }
                        // the date alone unbacked: only the first of a month in French and Italian (1er, 1º) is a form the check
                        // does not read as a date; the drafter writes it only from the facts
                        Map<String, Object> withoutDate = new HashMap<>(c.getKey().facts());
                        withoutDate.remove(c.getValue());
                        List<Finding> unbacked = CHECK.check(Channel.EBAY, draft.text(), variant.language(), new OrderFacts(withoutDate));
                        boolean unread = day == 1 && (variant.id().equals("fr") || variant.id().equals("it"));
                        if (unread != unbacked.stream().noneMatch(f -> f.rule().equals("unconfirmed_fact") && f.excerpt().matches(".*\\d.*"))) {
                            failures.add(where + "without " + c.getValue() + ": " + unbacked + " in " + draft.text());
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The platforms whose own return process the channel's return_request template tells the buyer about. */
    private static final Set<Channel> OWN_RETURN_PROCESS = Set.of(Channel.AMAZON, Channel.EBAY, Channel.SHOPEE, Channel.LAZADA, Channel.TIKTOK_US,
            Channel.TIKTOK_SEA, Channel.ALIEXPRESS);

    @Test
    void should_state_the_return_window_only_where_no_channel_wording_tells_the_platforms_own_step() {
        List<String> failures = new ArrayList<>();
        OrderFacts facts = new OrderFacts(Map.of("return_window_days", 14, "delivered", true));
        for (Variant variant : VARIANTS) {
            for (Tone tone : Tone.values()) {
                TenantTemplates inTone = new TenantTemplates(Map.of(), null, tone);
                for (Channel channel : Channel.values()) {
                    for (String orderId : new String[] {"302-1234567-1234567", null}) {
                        ReplyDraft draft = draft(channel, variant, Intents.RETURN_REQUEST, orderId, facts, inTone);
                        String where = tone.wireName() + " " + channel.wireName() + " " + draft.templateId() + ": ";
                        boolean ownStep = OWN_RETURN_PROCESS.contains(channel);
                        String expected = ownStep ? "return_request." + variant.id() + "@" + channel.wireName() : "return_request_window." + variant.id();
                        if (!draft.templateId().equals(expected)) {
                            failures.add(where + "expected " + expected);
                        }
                        if (draft.text().contains("14") != !ownStep || draft.text().contains("{")) {
                            failures.add(where + "the window is " + (ownStep ? "" : "not ") + "stated: " + draft.text());
                        }
                        // a policy is not an answer: an automatic reply built on it does not stop the clock
                        if (TemplateDrafter.isFactGrounded(draft.templateId())) {
                            failures.add(where + "counted as fact-grounded");
                        }
                        List<Finding> findings = CHECK.check(channel, draft.text(), variant.language(), facts);
                        if (!findings.isEmpty()) {
                            failures.add(where + findings);
                        }
                        // it states no authorisation: clean without any facts too
                        List<Finding> unbacked = CHECK.check(channel, draft.text(), variant.language(), OrderFacts.NONE);
                        if (!unbacked.isEmpty()) {
                            failures.add(where + "without facts: " + unbacked);
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void should_say_what_will_be_checked_when_the_action_is_not_confirmed() {
        List<String> failures = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            for (String intent : List.of(Intents.RETURN_REQUEST, Intents.REFUND_REQUEST, Intents.MISSING_PARTS, Intents.PRODUCT_DEFECT,
                    Intents.WRONG_ITEM, Intents.EXCHANGE_REQUEST, Intents.ORDER_TRACKING, Intents.DELIVERY_PROBLEM, Intents.INVOICE_REQUEST,
                    Intents.CANCEL_ORDER)) {
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
