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
import java.util.Currency;
import java.util.List;
import java.util.Locale;
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
     * A template that states an outcome: used for one of its intents when the order facts confirm every boolean in
     * {@code confirms} and hold every value in {@code fills}, which are its placeholders.
     */
    private record FactGrounded(String templateKey, Set<String> intents, List<String> confirms, List<String> fills) {

        boolean appliesTo(String intent, OrderFacts facts) {
            return intents.contains(intent) && confirms.stream().allMatch(facts::confirmed) && fills.stream().allMatch(key -> facts.text(key) != null);
        }
    }

    private static final Set<String> REPLACEMENT_INTENTS = Set.of(Intents.PRODUCT_DEFECT, Intents.WRONG_ITEM, Intents.EXCHANGE_REQUEST);
    private static final List<String> TRACKING = List.of("carrier", "tracking_number");

    /** In order of preference: the variant that names a fact (tracking, amount) before the one that names none. */
    private static final List<FactGrounded> FACT_GROUNDED = List.of(
            new FactGrounded(SHIPPED_TRACKING, Set.of(Intents.ORDER_TRACKING), List.of("shipped"), TRACKING),
            new FactGrounded("return_request_authorized", Set.of(Intents.RETURN_REQUEST), List.of("return_authorized"), List.of("rma_number")),
            new FactGrounded("refund_issued_amount", Set.of(Intents.REFUND_REQUEST), List.of("refund_issued"), List.of("refund_amount", "currency")),
            new FactGrounded("refund_issued", Set.of(Intents.REFUND_REQUEST), List.of("refund_issued"), List.of()),
            new FactGrounded("missing_parts_reshipped_tracked", Set.of(Intents.MISSING_PARTS), List.of("replacement_shipped"), TRACKING),
            new FactGrounded("missing_parts_reshipped", Set.of(Intents.MISSING_PARTS), List.of("replacement_shipped"), List.of()),
            new FactGrounded("replacement_shipped_tracked", REPLACEMENT_INTENTS, List.of("replacement_shipped"), TRACKING),
            new FactGrounded("replacement_shipped", REPLACEMENT_INTENTS, List.of("replacement_shipped"), List.of()));
    private static final Set<String> FACT_GROUNDED_KEYS = FACT_GROUNDED.stream().map(FactGrounded::templateKey).collect(Collectors.toUnmodifiableSet());
    /** Languages that write a decimal comma: a refund of 34,90 EUR, not 34.90 EUR. */
    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it");

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
     * answered with the carrier and tracking number, an authorised return with its RMA number, an issued refund or a
     * shipped replacement as done - each stated from the facts and only from there. Without the confirming facts the
     * intent's own template says what will be checked.
     */
    public ReplyDraft draft(BuyerMessage message, Classification label, Instant now, TenantTemplates tenant, OrderFacts facts) {
        String language = variantFor(message, label);
        String intent = label.intent();
        Channel channel = message.channel();
        Optional<FactGrounded> grounded = FACT_GROUNDED.stream()
                .filter(g -> g.appliesTo(intent, facts) && templates.find(g.templateKey(), language, channel).isPresent()).findFirst();
        String templateKeyCandidate = grounded.map(FactGrounded::templateKey).orElse(intent);
        String templateKey = templates.find(templateKeyCandidate, language, channel).isPresent()
                || tenant.find(templateKeyCandidate, language, channel).isPresent() ? templateKeyCandidate : ReplyTemplates.FALLBACK;
        Optional<String> own = tenant.find(templateKey, language, channel);
        // a confirmed outcome belongs to a known order: cite it from the facts if the message did not, never ask for it
        String orderId = message.orderId() == null && grounded.isPresent() ? facts.text("order_id") : message.orderId();
        String text = fill(own.isPresent() ? own.get() : templates.find(templateKey, language, channel).orElseThrow(), language, orderId,
                grounded.isEmpty());
        if (grounded.isPresent()) {
            for (String key : grounded.get().fills()) {
                text = text.replace("{" + key + "}", key.equals("refund_amount")
                        ? amountIn(language, facts.text(key), facts.text("currency")) : facts.text(key));
            }
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

    /** Which template wrote the draft: "tenant:" for the tenant's wording, "@channel" for a channel's own template. */
    private String templateId(String key, String language, Channel channel, TenantTemplates tenant, boolean own) {
        boolean forChannel = own ? tenant.hasChannelOverride(key, language, channel) : templates.hasChannelTemplate(key, language, channel);
        return (own ? "tenant:" : "") + key + "." + language + (forChannel ? "@" + channel.wireName() : "");
    }

    /**
     * Whether a draft's template ({@code order_tracking_shipped.en}, {@code tenant:refund_issued.de}, or the bare key)
     * states an outcome the order facts confirmed, rather than saying what will be checked.
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
