package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.sla.SlaSettings;
import com.linkstar.reply.core.sla.SlaSettingsStore;

public final class InMemorySlaSettingsStore extends InMemoryTenantSettings<SlaSettings> implements SlaSettingsStore {
}
