package com.linkstar.reply.core.taxonomy;

/** Where each tenant's taxonomy lives; a tenant that never saved one has the default. */
public interface TaxonomyStore {

    /** A taxonomy with the version its next save must name (0: never saved). */
    record Versioned(Taxonomy taxonomy, long version) {
    }

    Versioned find(String tenantId);

    /**
     * Saves if nobody saved since {@code expectedVersion} was read.
     *
     * @return false when another save came first (the caller reloads and applies its change again)
     */
    boolean save(String tenantId, Taxonomy taxonomy, long expectedVersion);
}
