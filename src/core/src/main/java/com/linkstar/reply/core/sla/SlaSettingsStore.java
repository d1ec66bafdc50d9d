package com.linkstar.reply.core.sla;

import java.util.Optional;

/** Each tenant's {@link SlaSettings}; a tenant without any runs on the marketplace defaults. */
public interface SlaSettingsStore {

    Optional<SlaSettings> find(String tenantId);

    void save(String tenantId, SlaSettings settings);
}
