package com.linkstar.reply.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linkstar.reply.aws.PayloadJson;
import com.linkstar.reply.core.draft.ReplyRewriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * LLM drafting, off unless the deployment turns it on ({@code LlmDrafting}, which also needs {@code LlmEnabled}). Any
 * failure - the integration off, a timeout, an HTTP error - answers nothing, and the template draft stands.
 */
@ApplicationScoped
public class LlmReplyRewriter implements ReplyRewriter {

    private static final Logger LOG = Logger.getLogger(LlmReplyRewriter.class);

    private final ReplyAssistant assistant;
    private final LlmFirstClassifier.LlmSettings settings;

    LlmReplyRewriter(ReplyAssistant assistant, LlmFirstClassifier.LlmSettings settings) {
        this.assistant = assistant;
        this.settings = settings;
    }

    @Override
    public Optional<String> rewrite(Request request) {
        if (!settings.enabled() || !settings.draftingEnabled()) {
            return Optional.empty();
        }
        try {
            String facts = PayloadJson.newMapper().writeValueAsString(new TreeMap<>(request.facts()));
            return Optional.ofNullable(assistant.rewrite(request.language(), request.channel().wireName(), request.intent(), facts,
                    request.templateDraft(), request.buyerMessage()));
        } catch (JsonProcessingException | RuntimeException e) {
            // disabled integration, timeout, HTTP 429/5xx: the template draft is the reply
            LOG.warnf("decision=llm-draft-failed error=%s action=\"the template draft is used; check the LLM endpoint if this repeats\"",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
