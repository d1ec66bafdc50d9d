package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.sla.SlaSettingsStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySlaSettingsStore implements SlaSettingsStore {

    private final Map<String, SlaSettings> settings = new ConcurrentHashMap<>();

    @Override
    public Optional<SlaSettings> find(String tenantId) {
        return Optional.ofNullable(settings.get(tenantId));
    }

    @Override
    public void save(String tenantId, SlaSettings tenantSettings) {
        settings.put(tenantId, tenantSettings);
    }
}
