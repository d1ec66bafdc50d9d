package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.taxonomy.Taxonomy;
import com.linkstar.reply.core.taxonomy.TaxonomyStore;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryTaxonomyStore implements TaxonomyStore {

    private final Map<String, Versioned> saved = new HashMap<>();

    @Override
    public synchronized Versioned find(String tenantId) {
        return saved.getOrDefault(tenantId, new Versioned(Taxonomy.defaults(), 0));
    }

    @Override
    public synchronized boolean save(String tenantId, Taxonomy taxonomy, long expectedVersion) {
        if (find(tenantId).version() != expectedVersion) {
            return false;
        }
        saved.put(tenantId, new Versioned(taxonomy, expectedVersion + 1));
        return true;
    }
}
