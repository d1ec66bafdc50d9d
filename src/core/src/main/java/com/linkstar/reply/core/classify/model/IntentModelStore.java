package com.linkstar.reply.core.classify.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One trained intent model per tenant, replaced as a whole by each training. */
public interface IntentModelStore {

    /** What a stored model is, without loading its weights. */
    record ModelInfo(long version, int examples, int intents, int bytes, Instant trainedAt) {
    }

    Optional<ModelInfo> info(String tenantId);

    Optional<LinearIntentModel> load(String tenantId);

    /** Stores a new version; readers see the old model or the new one, never a mix. */
    default ModelInfo save(String tenantId, LinearIntentModel model, int examples, Instant trainedAt) {
        return save(tenantId, model, List.of(), examples, trainedAt);
    }

    /**
     * @param promptExamples a few redacted labeled messages kept with the model for the LLM's prompt (see
     *     {@link com.linkstar.reply.core.classify.PromptExamples})
     */
    ModelInfo save(String tenantId, LinearIntentModel model, List<LinearIntentModel.Example> promptExamples, int examples, Instant trainedAt);

    /** The prompt examples stored with the tenant's current model; empty without one. */
    List<LinearIntentModel.Example> promptExamples(String tenantId);
}
