package com.linkstar.reply.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.linkstar.reply.aws.JudgeAnswerJson;
import com.linkstar.reply.aws.PayloadJson;
import com.linkstar.reply.core.compliance.ChannelPolicy;
import com.linkstar.reply.core.compliance.Finding;
import com.linkstar.reply.core.compliance.LlmDraftJudge;
import com.linkstar.reply.core.compliance.OrderFacts;
import com.linkstar.reply.core.draft.ReplyRewriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * LLM drafting, off unless the deployment turns it on ({@code LlmDrafting}, which also needs {@code LlmEnabled}). Any
 * failure - the integration off, a timeout, an HTTP error - answers nothing, and the template draft stands. Each rewrite
 * is read a second time against the channel's rules ({@link LlmDraftJudge}, unless {@code LlmJudgeRewrites} is off),
 * still with its personal-data placeholders: one it flags, or cannot judge, answers nothing either.
 */
@ApplicationScoped
public class LlmReplyRewriter implements ReplyRewriter {

    private static final Logger LOG = Logger.getLogger(LlmReplyRewriter.class);

    private final ReplyAssistant assistant;
    private final LlmFirstClassifier.LlmSettings settings;
    private final LlmDraftJudge judge;

    LlmReplyRewriter(ReplyAssistant assistant, DraftJudgeAssistant judgeAssistant, LlmFirstClassifier.LlmSettings settings) {
        this.assistant = assistant;
        this.settings = settings;
        this.judge = new LlmDraftJudge(ChannelPolicy.bundled(),
                (instructions, draft) -> JudgeAnswerJson.verdicts(judgeAssistant.judge(instructions, draft)));
    }

    @Override
    public Optional<String> rewrite(Request request) {
        if (!settings.enabled() || !settings.draftingEnabled()) {
            return Optional.empty();
        }
        try {
            String facts = PayloadJson.newMapper().writeValueAsString(new TreeMap<>(request.facts()));
            String rewrite = assistant.rewrite(request.language(), request.channel().wireName(), request.intent(), facts,
                    request.templateDraft(), request.buyerMessage());
            if (rewrite == null || rewrite.isBlank() || !settings.judgeRewrites()) {
                return Optional.ofNullable(rewrite);
            }
            List<Finding> findings = judge.judge(request.channel(), rewrite, request.language(), new OrderFacts(request.facts()));
            if (!findings.isEmpty()) {
                LOG.infof("decision=llm-draft-judged rules=%s action=\"the template draft is used\"",
                        findings.stream().map(Finding::rule).distinct().sorted().toList());
                return Optional.empty();
            }
            return Optional.of(rewrite);
        } catch (JsonProcessingException | RuntimeException e) {
            // disabled integration, timeout, HTTP 429/5xx: the template draft is the reply
            LOG.warnf("decision=llm-draft-failed error=%s action=\"the template draft is used; check the LLM endpoint if this repeats\"",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
