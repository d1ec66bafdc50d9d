package com.linkstar.reply.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reply proposed for one buyer message.
 *
 * @param templateId which template produced the text, so quality can be traced back to it
 * @param escalationReason why a person must handle it (ESCALATED), or why it was not sent automatically (PENDING_APPROVAL);
 *     null when nothing needs saying
 * @param complianceFindings what the channel's messaging policy objects to ("rule: what to do"); empty when it passes
 */
public record ReplyDraft(
        String tenantId,
        String conversationId,
        String draftId,
        String messageId,
        String language,
        String intent,
        String text,
        String templateId,
        DraftStatus status,
        String escalationReason,
        Instant createdAt,
        List<String> complianceFindings) {

    public ReplyDraft(String tenantId, String conversationId, String draftId, String messageId, String language, String intent, String text,
            String templateId, DraftStatus status, String escalationReason, Instant createdAt) {
        this(tenantId, conversationId, draftId, messageId, language, intent, text, templateId, status, escalationReason, createdAt, List.of());
    }

    public ReplyDraft {
        complianceFindings = complianceFindings == null ? List.of() : List.copyOf(complianceFindings);
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public ReplyDraft withComplianceFindings(List<String> findings) {
        return new ReplyDraft(tenantId, conversationId, draftId, messageId, language, intent, text, templateId, status, escalationReason,
                createdAt, findings);
    }

    public ReplyDraft withStatus(DraftStatus newStatus, String reason) {
        return new ReplyDraft(tenantId, conversationId, draftId, messageId, language, intent, text, templateId, newStatus, reason, createdAt,
                complianceFindings);
    }

    /** The same draft with another text, e.g. the LLM's rewrite of the template's. */
    public ReplyDraft withText(String newText, String newTemplateId) {
        return new ReplyDraft(tenantId, conversationId, draftId, messageId, language, intent, newText, newTemplateId, status, escalationReason,
                createdAt, complianceFindings);
    }

    public DraftRef ref() {
        return new DraftRef(tenantId, conversationId, draftId);
    }

    /** One draft per buyer message: the id is derived, so a redelivered draft stage writes the same item. */
    public static String draftIdFor(String messageId) {
        return "d-" + messageId.substring(messageId.indexOf('-') + 1);
    }
}
