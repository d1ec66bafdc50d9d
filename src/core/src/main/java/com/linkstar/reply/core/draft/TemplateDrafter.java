package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Channel;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.model.ReplyDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts a reply from the template for the message's intent in the buyer's language, falling back to the language's
 * general template, then to English. Only the text: every draft leaves here waiting for approval, and the routing
 * ({@link com.linkstar.reply.core.routing.Router}) decides whether a person must handle it or it may go out alone.
 */
public final class TemplateDrafter {

    private static final String DEFAULT_LANGUAGE = "en";
    static final String SHIPPED_TRACKING = "order_tracking_shipped";

    /**
     * A template filled from the order facts: used for one of its intents when the facts confirm every boolean in
     * {@code confirms} and hold a usable value for every key in {@code fills}, which are its placeholders. An
     * {@code outcome} answers the buyer (the parcel's status, an action done) and outranks the intent's own wording, a
     * channel's included; a policy ({@code outcome} false: the return window) only adds a fact to "we are checking", so it
     * stands in for the intent's template only where neither the channel nor the tenant has its own wording, and a reply
     * built on it is not substantive ({@link #isFactGrounded}).
     */
    private record FactGrounded(String templateKey, Set<String> intents, List<String> confirms, List<String> fills, boolean outcome) {

        FactGrounded(String templateKey, Set<String> intents, List<String> confirms, List<String> fills) {
            this(templateKey, intents, confirms, fills, true);
        }
    }

    private static final Set<String> REPLACEMENT_INTENTS = Set.of(Intents.PRODUCT_DEFECT, Intents.WRONG_ITEM, Intents.EXCHANGE_REQUEST);
    private static final Set<String> WHERE_IS_IT = Set.of(Intents.ORDER_TRACKING, Intents.DELIVERY_PROBLEM);
    private static final List<String> TRACKING = List.of("carrier", "tracking_number");

    /**
     * In order of preference for an intent: the newer state first (an investigation opened after a delivery the buyer
     * cannot find, a delivery after the shipment), and the variant that names a fact (an estimated delivery date,
     * tracking, an amount, a refund with the cancellation) before the one that names fewer.
     */
    private static final List<FactGrounded> FACT_GROUNDED = List.of(
            new FactGrounded("delivery_problem_investigation", Set.of(Intents.DELIVERY_PROBLEM), List.of("carrier_investigation_opened"),
                    List.of("carrier")),
            new FactGrounded("order_tracking_delivered", WHERE_IS_IT, List.of("delivered"), List.of("delivered_at", "carrier")),
            new FactGrounded("order_tracking_shipped_eta", Set.of(Intents.ORDER_TRACKING), List.of("shipped"),
                    List.of("carrier", "tracking_number", "estimated_delivery")),
            new FactGrounded(SHIPPED_TRACKING, Set.of(Intents.ORDER_TRACKING), List.of("shipped"), TRACKING),
            new FactGrounded("return_request_authorized", Set.of(Intents.RETURN_REQUEST), List.of("return_authorized"), List.of("rma_number")),
            new FactGrounded("return_request_window", Set.of(Intents.RETURN_REQUEST), List.of(), List.of("return_window_days"), false),
            new FactGrounded("refund_issued_amount", Set.of(Intents.REFUND_REQUEST), List.of("refund_issued"), List.of("refund_amount", "currency")),
            new FactGrounded("refund_issued", Set.of(Intents.REFUND_REQUEST), List.of("refund_issued"), List.of()),
            new FactGrounded("missing_parts_reshipped_tracked", Set.of(Intents.MISSING_PARTS), List.of("replacement_shipped"), TRACKING),
            new FactGrounded("missing_parts_reshipped", Set.of(Intents.MISSING_PARTS), List.of("replacement_shipped"), List.of()),
            new FactGrounded("replacement_shipped_tracked", REPLACEMENT_INTENTS, List.of("replacement_shipped"), TRACKING),
            new FactGrounded("replacement_shipped", REPLACEMENT_INTENTS, List.of("replacement_shipped"), List.of()),
            new FactGrounded("invoice_request_uploaded", Set.of(Intents.INVOICE_REQUEST), List.of("invoice_uploaded"), List.of()),
            new FactGrounded("cancel_order_cancelled_refunded", Set.of(Intents.CANCEL_ORDER), List.of("cancelled", "refund_issued"), List.of()),
            new FactGrounded("cancel_order_cancelled", Set.of(Intents.CANCEL_ORDER), List.of("cancelled"), List.of()));
    /** The templates that state an outcome: a reply built on one answers the buyer. */
    private static final Set<String> FACT_GROUNDED_KEYS = FACT_GROUNDED.stream().filter(FactGrounded::outcome).map(FactGrounded::templateKey)
            .collect(Collectors.toUnmodifiableSet());
    /** Languages that write a decimal comma: a refund of 34,90 EUR, not 34.90 EUR. */
    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it");
    /** A return window the templates can state ("within 30 days"): a plural number of days, at most a year. */
    private static final int SHORTEST_RETURN_WINDOW = 2;
    private static final int LONGEST_RETURN_WINDOW = 365;

    /** The template chosen from the facts, and the text each of its placeholders is filled with. */
    private record Grounded(FactGrounded template, Map<String, String> values) {
    }

    private final ReplyTemplates templates;
    private final ReplyFrames frames = ReplyFrames.bundled();

    public TemplateDrafter(ReplyTemplates templates) {
        this.templates = templates;
    }

    /** Marketplaces whose buyers read British English: spelling and the register of an apology differ from the US. */
    private static final java.util.regex.Pattern BRITISH_MARKETPLACE = java.util.regex.Pattern.compile(
            "(?i).*\\.(co\\.uk|uk|ie|com\\.au|au|co\\.nz|nz)$");

    public ReplyDraft draft(BuyerMessage message, Classification label, Instant now) {
        return draft(message, label, now, TenantTemplates.NONE);
    }

    /** With the tenant's own wording: its override of the template where it has one, and its signature line. */
    public ReplyDraft draft(BuyerMessage message, Classification label, Instant now, TenantTemplates tenant) {
        return draft(message, label, now, tenant, OrderFacts.NONE);
    }

    /**
     * With the facts the order data (or the ERP, after an action) confirms: a tracking question about a shipped order is
     * answered with the carrier, tracking number and estimated delivery date, a delivered one with the carrier's delivery
     * date, a lost parcel with the investigation opened, an authorised return with its RMA number, an issued refund, a
     * shipped replacement, an uploaded invoice or a cancellation as done - each stated from the facts and only from there,
     * dates and amounts as the buyer's language writes them. Without the confirming facts the intent's own template says
     * what will be checked.
     */
    public ReplyDraft draft(BuyerMessage message, Classification label, Instant now, TenantTemplates tenant, OrderFacts facts) {
        String language = variantFor(message, label);
        String intent = label.intent();
        Channel channel = message.channel();
        Optional<Grounded> grounded = grounded(intent, language, channel, tenant, facts, LocalDate.ofInstant(now, ZoneOffset.UTC));
        String templateKeyCandidate = grounded.map(g -> g.template().templateKey()).orElse(intent);
        String templateKey = templates.find(templateKeyCandidate, language, channel).isPresent()
                || tenant.find(templateKeyCandidate, language, channel).isPresent() ? templateKeyCandidate : ReplyTemplates.FALLBACK;
        Optional<String> own = tenant.find(templateKey, language, channel);
        // a confirmed outcome belongs to a known order: cite it from the facts if the message did not, never ask for it
        String orderId = message.orderId() == null && grounded.isPresent() ? facts.text("order_id") : message.orderId();
        // a policy (the return window) still says what will be checked: without the order number it asks for it
        String text = fill(own.isPresent() ? own.get() : templates.find(templateKey, language, channel).orElseThrow(), language, orderId,
                grounded.isEmpty() || !grounded.get().template().outcome());
        if (grounded.isPresent()) {
            text = withFacts(text, grounded.get().values());
        }
        text = frames.frame(text, language, channel, tenant.tone());
        if (tenant.signature() != null) {
            text = text + "\n" + tenant.signature();
        }

        // the draft's language is the buyer's (ISO 639-1); the template id keeps the variant that wrote it
        return new ReplyDraft(message.tenantId(), message.conversationId(), ReplyDraft.draftIdFor(message.messageId()),
                message.messageId(), language.substring(0, 2), intent, text, templateId(templateKey, language, channel, tenant, own.isPresent()),
                DraftStatus.PENDING_APPROVAL, null, now);
    }

    /**
     * The first fact-grounded template for the intent whose facts hold, with its placeholders' text; empty when none does
     * (the intent's own template then says what will be checked).
     */
    private Optional<Grounded> grounded(String intent, String language, Channel channel, TenantTemplates tenant, OrderFacts facts,
            LocalDate today) {
        boolean ownWording = templates.hasChannelTemplate(intent, language, channel) || tenant.find(intent, language, channel).isPresent();
        candidates:
        for (FactGrounded candidate : FACT_GROUNDED) {
            if (!candidate.intents().contains(intent) || !candidate.confirms().stream().allMatch(facts::confirmed)
                    || (!candidate.outcome() && ownWording) || templates.find(candidate.templateKey(), language, channel).isEmpty()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : candidate.fills()) {
                Optional<String> value = factIn(key, language, facts, today);
                if (value.isEmpty()) {
                    continue candidates;
                }
                values.put(key, value.get());
            }
            return Optional.of(new Grounded(candidate, values));
        }
        return Optional.empty();
    }

    /**
     * A fact as the buyer's language writes it, or empty when the facts hold no value a reply can state: absent or blank;
     * a date that is not an ISO date; an estimated delivery already past (the parcel is late: the estimate is no longer
     * one) or a delivery or shipping date after tomorrow (the data is wrong: today in UTC, tomorrow for the time zones
     * ahead of it); a return window that is not a whole number of days from 2 to 365.
     */
    private static Optional<String> factIn(String key, String language, OrderFacts facts, LocalDate today) {
        String fact = facts.text(key);
        if (fact == null || fact.isBlank()) {
            return Optional.empty();
        }
        return switch (key) {
            case "estimated_delivery" -> FactDates.parse(fact).filter(date -> !date.isBefore(today)).map(date -> FactDates.format(date, language));
            case "delivered_at", "shipped_at" -> FactDates.parse(fact).filter(date -> !date.isAfter(today.plusDays(1)))
                    .map(date -> FactDates.format(date, language));
            case "return_window_days" -> returnWindow(fact);
            case "refund_amount" -> Optional.of(amountIn(language, fact.strip(), facts.text("currency")));
            default -> Optional.of(fact.strip());
        };
    }

    /** "30", 30 or 30.0 (a JSON number) as "30"; nothing for "30 days", 30.5, 0 or a single day. */
    private static Optional<String> returnWindow(String fact) {
        if (!fact.strip().matches("\\d{1,4}(\\.0+)?")) {
            return Optional.empty();
        }
        int days = Integer.parseInt(fact.strip().replaceFirst("\\..*$", ""));
        return days >= SHORTEST_RETURN_WINDOW && days <= LONGEST_RETURN_WINDOW ? Optional.of(String.valueOf(days)) : Optional.empty();
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\w+)\\}");

    /** Each placeholder replaced by its fact in one pass: a fact that reads like a placeholder ("{carrier}") stays text. */
    private static String withFacts(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
    }

    /** Which template wrote the draft: "tenant:" for the tenant's wording, "@channel" for a channel's own template. */
    private String templateId(String key, String language, Channel channel, TenantTemplates tenant, boolean own) {
        boolean forChannel = own ? tenant.hasChannelOverride(key, language, channel) : templates.hasChannelTemplate(key, language, channel);
        return (own ? "tenant:" : "") + key + "." + language + (forChannel ? "@" + channel.wireName() : "");
    }

    /**
     * A fact-grounded template as a tenant's wording for it is checked: the placeholders it may use, facts that confirm its
     * outcome, and the text each placeholder is filled with from them, as a draft would write it in the language.
     */
    public record GroundedSample(List<String> placeholders, OrderFacts facts, Map<String, String> values) {

        public String fill(String text) {
            return withFacts(text, values);
        }
    }

    /** Sample values of the facts a fact-grounded template is filled with; dates relative to the day it is checked. */
    private static Object sampleFact(String key, LocalDate today) {
        return switch (key) {
            case "carrier" -> "DHL";
            case "tracking_number" -> "JJD000390007812345";
            case "estimated_delivery" -> today.plusDays(3).toString();
            case "delivered_at" -> today.minusDays(1).toString();
            case "refund_amount" -> "19.90";
            case "currency" -> "EUR";
            case "rma_number" -> "RMA-40021";
            case "return_window_days" -> 30;
            default -> throw new IllegalStateException("no sample for the fact " + key);
        };
    }

    /** @return empty when the key is not a fact-grounded template's (an intent's own template, say) */
    public static Optional<GroundedSample> groundedSample(String templateKey, String language, LocalDate today) {
        for (FactGrounded grounded : FACT_GROUNDED) {
            if (!grounded.templateKey().equals(templateKey)) {
                continue;
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            grounded.confirms().forEach(flag -> facts.put(flag, true));
            grounded.fills().forEach(key -> facts.put(key, sampleFact(key, today)));
            if (grounded.fills().contains("refund_amount")) {
                facts.put("currency", sampleFact("currency", today));
            }
            OrderFacts sample = new OrderFacts(facts);
            Map<String, String> values = new LinkedHashMap<>();
            grounded.fills().forEach(key -> values.put(key, factIn(key, language, sample, today).orElseThrow()));
            return Optional.of(new GroundedSample(grounded.fills(), sample, values));
        }
        return Optional.empty();
    }

    /** Every fact-grounded template (outcomes and policies) and the facts it is filled with, in order of preference. */
    static Map<String, List<String>> factGroundedFills() {
        Map<String, List<String>> fills = new LinkedHashMap<>();
        FACT_GROUNDED.forEach(g -> fills.put(g.templateKey(), g.fills()));
        return fills;
    }

    /**
     * Whether a draft's template ({@code order_tracking_shipped.en}, {@code tenant:refund_issued.de}, or the bare key)
     * states an outcome the order facts confirmed, rather than saying what will be checked. The return window
     * ({@code return_request_window}) is filled from the facts too but answers nothing by itself: the reply still says the
     * return options are being checked, so it is not.
     */
    public static boolean isFactGrounded(String templateId) {
        if (templateId == null) {
            return false;
        }
        // "tenant:" (the tenant's wording) and "llm:" (the LLM's rewrite) keep the grounding of the template they came from
        String key = templateId.substring(templateId.lastIndexOf(':') + 1);
        int dot = key.indexOf('.');
        return FACT_GROUNDED_KEYS.contains(dot < 0 ? key : key.substring(0, dot));
    }

    /**
     * The refund amount as the buyer's language writes it: a decimal comma in de, fr, es and it, and the currency's
     * minor units (34.9 EUR is 34.90), never in exponent notation (a JSON number may read 1.0E7). An amount in any other
     * shape is the ERP's own, cited as it came.
     */
    static String amountIn(String language, String amount, String currency) {
        if (!amount.matches("\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return amount;
        }
        BigDecimal value = new BigDecimal(amount);
        int minorUnits = minorUnits(currency);
        if (minorUnits >= 0 && value.scale() != minorUnits && value.stripTrailingZeros().scale() <= minorUnits) {
            value = value.setScale(minorUnits); // exact: only zeros are added or dropped
        }
        String written = value.toPlainString();
        return DECIMAL_COMMA.contains(language.substring(0, 2)) && value.scale() <= 2 ? written.replace('.', ',') : written;
    }

    private static int minorUnits(String currency) {
        try {
            return currency == null ? -1 : Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -1; // not an ISO 4217 code ("€"): the amount stays as the ERP wrote it
        }
    }

    /** The buyer's language, in its British variant for buyers of a British marketplace; English where none is written. */
    private String variantFor(BuyerMessage message, Classification label) {
        String language = templates.supportsLanguage(label.language()) ? label.language() : DEFAULT_LANGUAGE;
        if (language.equals("en") && message.marketplace() != null && BRITISH_MARKETPLACE.matcher(message.marketplace()).matches()
                && templates.supportsLanguage("en-GB")) {
            return "en-GB";
        }
        return language;
    }

    /** Only a template that refers to the order asks for its number; a thank-you reply does not. */
    private String fill(String template, String language, String orderId, boolean askIfUnknown) {
        if (!template.contains("{order_ref}")) {
            return template;
        }
        if (orderId == null || orderId.isBlank()) {
            String ask = askIfUnknown ? templates.find(ReplyTemplates.ASK_FOR_ORDER, language).orElse("") : "";
            return insertBeforeClosing(template.replace("{order_ref}", ""), ask);
        }
        String reference = templates.find(ReplyTemplates.ORDER_REFERENCE, language).orElse(" {order_id}")
                .replace("{order_id}", orderId);
        return template.replace("{order_ref}", reference);
    }

    /** The question goes before the sign-off line, where a person would put it. */
    private static String insertBeforeClosing(String text, String sentence) {
        if (sentence.isEmpty()) {
            return text;
        }
        int lastBreak = text.lastIndexOf('\n');
        return lastBreak < 0 ? text + "\n" + sentence : text.substring(0, lastBreak) + "\n" + sentence + text.substring(lastBreak);
    }
}
