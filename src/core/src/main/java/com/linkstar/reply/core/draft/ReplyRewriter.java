package com.linkstar.reply.core.draft;

import com.linkstar.reply.core.model.Channel;
import java.util.Map;
import java.util.Optional;

/**
 * An LLM that rewrites the template-grounded draft into a natural reply to the buyer's message. It sees only redacted
 * text and the confirmed facts; whatever it answers is checked like any draft, and the template draft stands when the
 * answer fails the check or never comes.
 */
public interface ReplyRewriter {

    /**
     * @param buyerMessage the buyer's message with personal data replaced by placeholders ([EMAIL_1], [NAME_1]…)
     * @param templateDraft the draft the reply must stay faithful to, with the same placeholders
     * @param facts what the seller's order data confirms: the only facts the reply may state
     */
    record Request(String tenantId, Channel channel, String language, String intent, String buyerMessage, String templateDraft,
            Map<String, Object> facts) {
    }

    /** @return the rewritten reply; empty when there is none (switched off, failed, timed out) */
    Optional<String> rewrite(Request request);

    ReplyRewriter NONE = request -> Optional.empty();
}
