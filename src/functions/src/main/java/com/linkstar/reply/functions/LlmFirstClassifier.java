package com.linkstar.reply.functions;

import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.classify.LlmAnswerCheck;
import com.linkstar.reply.core.classify.RulesClassifier;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.model.Intents;
import com.linkstar.reply.core.privacy.PiiRedactor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The classify stage's engine: the LLM where one is configured, the rules always. The rules run first and are the
 * answer whenever the LLM is off, fails, times out, invents a label or is unsure; risks are always the union of both.
 * The text is redacted before it leaves.
 */
@ApplicationScoped
public class LlmFirstClassifier implements Classifier {

    private static final Logger LOG = Logger.getLogger(LlmFirstClassifier.class);

    @ConfigMapping(prefix = "linkstar.llm")
    public interface LlmSettings {
        /** Off by default: a deployment turns it on with LlmEnabled. */
        @WithDefault("false")
        boolean enabled();

        /** Below this the LLM's intent is not trusted and the fallback decides. */
        @WithDefault("0.6")
        double minConfidence();
    }

    private final IntentAssistant assistant;
    private final LlmSettings settings;
    private final RulesClassifier rules = new RulesClassifier();
    private final PiiRedactor redactor = new PiiRedactor();
    private final LlmAnswerCheck check;
    private final String taxonomy;

    LlmFirstClassifier(IntentAssistant assistant, LlmSettings settings) {
        this.assistant = assistant;
        this.settings = settings;
        this.check = new LlmAnswerCheck(Intents.DEFAULT_DESCRIPTIONS.keySet(), settings.minConfidence());
        this.taxonomy = Intents.DEFAULT_TAXONOMY.stream().map(id -> "- " + id + ": " + Intents.DEFAULT_DESCRIPTIONS.get(id))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public Classification classify(String text) {
        return classify(text, List.of(), List.of());
    }

    @Override
    public Classification classify(BuyerMessage message) {
        List<String> personal = new ArrayList<>();
        if (message.buyerHandle() != null) {
            personal.add(message.buyerHandle());
        }
        return classify(message.text(), personal, message.orderId() == null ? List.of() : List.of(message.orderId()));
    }

    private Classification classify(String text, List<String> personal, List<String> orderNumbers) {
        Classification fallback = rules.classify(text);
        if (!settings.enabled()) {
            return fallback;
        }
        PiiRedactor.Redacted redacted = redactor.redact(text, personal, orderNumbers);
        LlmAnswerCheck.Verdict verdict;
        try {
            IntentAssistant.Label label = assistant.classify(taxonomy, ExampleMessages.similarTo(text, 4), redacted.text());
            verdict = check.check(new LlmAnswerCheck.Answer(label.intent(), label.confidence(), label.risks(), label.sentiment(),
                    label.language()), fallback);
        } catch (RuntimeException e) {
            // disabled integration, timeout, HTTP 429/5xx, unparseable answer: the rules answer, the message goes on
            verdict = new LlmAnswerCheck.Verdict(fallback, "llm-failed:" + e.getClass().getSimpleName());
        }
        LOG.infof("classifier-path=%s reason=%s redacted=%s", verdict.label().source(), verdict.reason(),
                PiiRedactor.kinds(redacted).stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())));
        return verdict.label();
    }

    /** For tests: the settings in force. */
    Map<String, Object> describe() {
        return Map.of("enabled", settings.enabled(), "minConfidence", settings.minConfidence());
    }
}
