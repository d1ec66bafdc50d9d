package com.linkstar.reply.functions;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The LLM giving a draft a second, semantic reading against the channel's rules. The instructions (rules, channel,
 * confirmed facts, answer format) come from {@code LlmDraftJudge} in the core; the draft is the user message.
 */
@RegisterAiService
@ApplicationScoped
public interface DraftJudgeAssistant {

    @SystemMessage("{instructions}")
    @UserMessage("{draft}")
    String judge(String instructions, String draft);
}
