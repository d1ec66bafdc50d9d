package com.linkstar.reply.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One settings document per tenant, in memory: the stand-in for the DynamoDB tenant documents in tests and the local core. */
public class InMemoryTenantSettings<T> {

    private final Map<String, T> settings = new ConcurrentHashMap<>();

    public Optional<T> find(String tenantId) {
        return Optional.ofNullable(settings.get(tenantId));
    }

    public void save(String tenantId, T value) {
        settings.put(tenantId, value);
    }
}
