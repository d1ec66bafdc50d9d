package com.linkstar.reply.core.classify;

import com.linkstar.reply.core.classify.model.IntentModelStore;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import com.linkstar.reply.core.model.BuyerMessage;
import com.linkstar.reply.core.model.Classification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fallback that needs no LLM: the rules, combined with the tenant's own trained model when it has one. Models are
 * cached per tenant for {@link #CACHE_TTL}, so a new training reaches a warm Lambda within that time.
 */
public final class TenantModelClassifier implements Classifier {

    public static final Duration CACHE_TTL = Duration.ofMinutes(5);
    static final double MIN_MODEL_PROBABILITY = 0.6;

    private record Cached(Optional<CombinedClassifier> combined, List<LinearIntentModel.Example> promptExamples, Instant loadedAt) {
    }

    private final RulesClassifier rules = new RulesClassifier();
    private final IntentModelStore models;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public TenantModelClassifier(IntentModelStore models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Override
    public Classification classify(String text) {
        return rules.classify(text);
    }

    @Override
    public Classification classify(BuyerMessage message) {
        Optional<CombinedClassifier> combined = combinedFor(message.tenantId());
        return combined.isPresent() ? combined.get().classify(message.text()) : rules.classify(message.text());
    }

    /** The tenant's own labeled examples for an LLM prompt, from the same cache as its model; empty without a model. */
    public List<LinearIntentModel.Example> promptExamples(String tenantId) {
        return loaded(tenantId).promptExamples();
    }

    private Optional<CombinedClassifier> combinedFor(String tenantId) {
        return loaded(tenantId).combined();
    }

    private Cached loaded(String tenantId) {
        Instant now = clock.instant();
        Cached cached = cache.get(tenantId);
        if (cached == null || cached.loadedAt().plus(CACHE_TTL).isBefore(now)) {
            Optional<LinearIntentModel> model;
            List<LinearIntentModel.Example> examples;
            try {
                model = models.load(tenantId);
                examples = model.isPresent() ? models.promptExamples(tenantId) : List.of();
            } catch (RuntimeException e) {
                // a model that cannot be read must not stop classification: the rules answer until it can
                model = Optional.empty();
                examples = List.of();
            }
            cached = new Cached(model.map(m -> new CombinedClassifier(rules, m, MIN_MODEL_PROBABILITY)), examples, now);
            cache.put(tenantId, cached);
        }
        return cached;
    }
}
