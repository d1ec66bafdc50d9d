package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.draft.TenantTemplates;
import com.linkstar.reply.core.draft.TenantTemplatesStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTenantTemplatesStore implements TenantTemplatesStore {

    private final Map<String, TenantTemplates> templates = new ConcurrentHashMap<>();

    @Override
    public Optional<TenantTemplates> find(String tenantId) {
        return Optional.ofNullable(templates.get(tenantId));
    }

    @Override
    public void save(String tenantId, TenantTemplates tenantTemplates) {
        templates.put(tenantId, tenantTemplates);
    }
}
