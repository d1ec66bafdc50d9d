package com.linkstar.reply.functions;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** One log line per LLM call with its token counts, in the message's log context (tenant, conversation, message). */
@ApplicationScoped
public class TokenUsageLog implements ChatModelListener {

    private static final Logger LOG = Logger.getLogger(TokenUsageLog.class);

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse().metadata().tokenUsage();
        if (usage != null) {
            LOG.infof("llm-tokens input=%d output=%d total=%d model=%s", usage.inputTokenCount(), usage.outputTokenCount(),
                    usage.totalTokenCount(), context.chatResponse().metadata().modelName());
        }
    }
}
