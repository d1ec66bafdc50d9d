package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.DraftStatus;
import com.linkstar.reply.core.model.ReplyDraft;
import com.linkstar.reply.core.model.RiskSignal;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drafts a reply from the template for the message's intent in the buyer's language, falling back to the language's
 * general template, then to English. Suggest-only: the draft waits for approval, or is escalated when a risk signal
 * means a person must handle the conversation.
 */
public final class TemplateDrafter {

    private static final String DEFAULT_LANGUAGE = "en";
    static final String SHIPPED_TRACKING = "order_tracking_shipped";

    private final ReplyTemplates templates;

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
     * With the facts the order data confirms: a tracking question about a shipped order is answered with the carrier
     * and tracking number from the order data, and only from there.
     */
    public ReplyDraft draft(BuyerMessage message, Classification label, Instant now, TenantTemplates tenant, OrderFacts facts) {
        String language = variantFor(message, label);
        String intent = label.intent();
        boolean shipped = facts.confirmed("shipped") && facts.text("carrier") != null && facts.text("tracking_number") != null;
        String templateKeyCandidate = intent.equals("order_tracking") && shipped && templates.find(SHIPPED_TRACKING, language).isPresent()
                ? SHIPPED_TRACKING : intent;
        String templateKey = templates.find(templateKeyCandidate, language).isPresent() || tenant.find(templateKeyCandidate, language).isPresent()
                ? templateKeyCandidate : ReplyTemplates.FALLBACK;
        Optional<String> own = tenant.find(templateKey, language);
        String text = fill(own.isPresent() ? own.get() : templates.find(templateKey, language).orElseThrow(), language, message.orderId());
        if (templateKey.equals(SHIPPED_TRACKING)) {
            text = text.replace("{carrier}", facts.text("carrier")).replace("{tracking_number}", facts.text("tracking_number"));
        }
        if (tenant.signature() != null) {
            text = text + "\n" + tenant.signature();
        }

        String escalation = label.needsHuman()
                ? "risk: " + label.risks().stream().filter(RiskSignal::requiresHuman).map(RiskSignal::wireName).sorted()
                        .collect(Collectors.joining(","))
                : null;
        // the draft's language is the buyer's (ISO 639-1); the template id keeps the variant that wrote it
        return new ReplyDraft(message.tenantId(), message.conversationId(), ReplyDraft.draftIdFor(message.messageId()),
                message.messageId(), language.substring(0, 2), intent, text, (own.isPresent() ? "tenant:" : "") + templateKey + "." + language,
                escalation == null ? DraftStatus.PENDING_APPROVAL : DraftStatus.ESCALATED, escalation, now);
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
    private String fill(String template, String language, String orderId) {
        if (!template.contains("{order_ref}")) {
            return template;
        }
        if (orderId == null || orderId.isBlank()) {
            String ask = templates.find(ReplyTemplates.ASK_FOR_ORDER, language).orElse("");
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
