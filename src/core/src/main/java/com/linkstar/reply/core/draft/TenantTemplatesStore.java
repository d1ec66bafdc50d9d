package com.linkstar.reply.core.draft;

import java.util.Optional;

/** Each tenant's {@link TenantTemplates}; a tenant without any drafts with the bundled templates. */
public interface TenantTemplatesStore {

    Optional<TenantTemplates> find(String tenantId);

    void save(String tenantId, TenantTemplates templates);
}
