package com.linkstar.reply.core.memory;

import com.linkstar.reply.core.routing.AutomationSettings;
import com.linkstar.reply.core.routing.AutomationSettingsStore;
import java.util.Optional;

public final class InMemoryAutomationSettingsStore implements AutomationSettingsStore {

    private final InMemoryTenantSettings<AutomationSettings> settings = new InMemoryTenantSettings<>();
    private volatile boolean globallyPaused;

    @Override
    public Optional<AutomationSettings> find(String tenantId) {
        return settings.find(tenantId);
    }

    @Override
    public void save(String tenantId, AutomationSettings value) {
        settings.save(tenantId, value);
    }

    @Override
    public synchronized void setPaused(String tenantId, boolean paused) {
        settings.save(tenantId, find(tenantId).orElse(AutomationSettings.DEFAULTS).withPaused(paused));
    }

    @Override
    public void setGloballyPaused(boolean paused) {
        globallyPaused = paused;
    }

    @Override
    public Switches current(String tenantId) {
        return new Switches(find(tenantId).orElse(AutomationSettings.DEFAULTS), globallyPaused);
    }
}
