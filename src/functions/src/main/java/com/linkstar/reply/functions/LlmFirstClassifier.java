package com.linkstar.reply.functions;

import com.linkstar.reply.core.classify.Classifier;
import com.linkstar.reply.core.classify.LlmAnswerCheck;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.classify.TenantModelClassifier;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import com.linkstar.reply.core.privacy.PiiRedactor;
import com.linkstar.reply.core.taxonomy.IntentDefinition;
import com.linkstar.reply.core.taxonomy.Taxonomy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The classify stage's engine: the LLM where one is configured, the fallback (rules + the tenant's trained model) always.
 * The fallback runs first and is the answer whenever the LLM is off, fails, times out, invents a label or is unsure;
 * risks are always the union of both.
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

        /** The LLM also rewrites template drafts (LlmDrafting); off by default, and only with {@link #enabled()}. */
        @WithDefault("false")
        boolean draftingEnabled();

        /**
         * Each rewrite also gets a second LLM reading against the channel's rules ({@code LlmDraftJudge}); a rewrite it
         * flags, or cannot judge, is discarded and the template draft stands. On by default with LLM drafting.
         */
        @WithDefault("true")
        boolean judgeRewrites();

        /** Below this the LLM's intent is not trusted and the fallback decides. */
        @WithDefault("0.6")
        double minConfidence();
    }

    private final IntentAssistant assistant;
    private final LlmSettings settings;
    private final TenantModelClassifier fallback;
    private final PiiRedactor redactor = new PiiRedactor();

    LlmFirstClassifier(IntentAssistant assistant, LlmSettings settings, TenantModelClassifier fallback) {
        this.assistant = assistant;
        this.settings = settings;
        this.fallback = fallback;
    }

    @Override
    public Classification classify(String text) {
        return classify(text, fallback.classify(text), List.of(), List.of(), Taxonomy.defaults(), List.of());
    }

    @Override
    public Classification classify(BuyerMessage message) {
        return classify(message, Taxonomy.defaults());
    }

    @Override
    public Classification classify(BuyerMessage message, Taxonomy taxonomy) {
        List<String> personal = new ArrayList<>();
        if (message.buyerHandle() != null) {
            personal.add(message.buyerHandle());
        }
        return classify(message.text(), fallback.classify(message), personal,
                message.orderId() == null ? List.of() : List.of(message.orderId()), taxonomy, fallback.promptExamples(message.tenantId()));
    }

    /** The tenant's intents with their descriptions, most urgent first, as the prompt lists them. */
    private static String describe(Taxonomy taxonomy) {
        return taxonomy.intents().stream().sorted(java.util.Comparator.comparingInt(IntentDefinition::priority))
                .map(d -> "- " + d.id() + ": " + d.description()).collect(Collectors.joining("\n"));
    }

    /** @param tenantExamples the tenant's own labeled examples; the built-in ones when it has none */
    private Classification classify(String text, Classification fallback, List<String> personal, List<String> orderNumbers,
            Taxonomy taxonomy, List<LinearIntentModel.Example> tenantExamples) {
        if (!settings.enabled()) {
            return fallback;
        }
        PiiRedactor.Redacted redacted = redactor.redact(text, personal, orderNumbers);
        LlmAnswerCheck.Verdict verdict;
        try {
            IntentAssistant.Label label = assistant.classify(describe(taxonomy), ExampleMessages.similarTo(text, 4, tenantExamples),
                    redacted.text());
            verdict = new LlmAnswerCheck(taxonomy.ids(), settings.minConfidence()).check(new LlmAnswerCheck.Answer(label.intent(), label.confidence(), label.risks(), label.sentiment(),
                    label.language()), fallback);
        } catch (RuntimeException e) {
            // disabled integration, timeout, HTTP 429/5xx, unparseable answer: the rules answer, the message goes on
            verdict = new LlmAnswerCheck.Verdict(fallback, "llm-failed:" + e.getClass().getSimpleName());
        }
        LOG.infof("classifier-path=%s reason=%s redacted=%s", verdict.label().source(), verdict.reason(),
                PiiRedactor.kinds(redacted).stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())));
        return verdict.label();
    }
}
