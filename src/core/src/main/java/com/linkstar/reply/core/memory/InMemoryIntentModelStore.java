package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.classify.model.IntentModelStore;
import com.linkstar.reply.core.classify.model.LinearIntentModel;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIntentModelStore implements IntentModelStore {

    private record Stored(LinearIntentModel model, ModelInfo info, List<LinearIntentModel.Example> promptExamples) {
    }

    private final Map<String, Stored> models = new HashMap<>();

    @Override
    public synchronized Optional<ModelInfo> info(String tenantId) {
        return Optional.ofNullable(models.get(tenantId)).map(Stored::info);
    }

    @Override
    public synchronized Optional<LinearIntentModel> load(String tenantId) {
        return Optional.ofNullable(models.get(tenantId)).map(Stored::model);
    }

    @Override
    public synchronized ModelInfo save(String tenantId, LinearIntentModel model, List<LinearIntentModel.Example> promptExamples, int examples,
            Instant trainedAt) {
        long version = info(tenantId).map(ModelInfo::version).orElse(0L) + 1;
        ModelInfo info = new ModelInfo(version, examples, model.intents().size(), 0, trainedAt);
        models.put(tenantId, new Stored(model, info, List.copyOf(promptExamples)));
        return info;
    }

    @Override
    public synchronized List<LinearIntentModel.Example> promptExamples(String tenantId) {
        Stored stored = models.get(tenantId);
        return stored == null ? List.of() : stored.promptExamples();
    }
}
