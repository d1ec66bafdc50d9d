package com.linkstar.reply.core.routing;

import java.util.Optional;

/** Where tenants' automation settings and the switches live. */
public interface AutomationSettingsStore extends AutomationSwitches {

    Optional<AutomationSettings> find(String tenantId);

    /** Replaces the tenant's settings, its pause switch included. */
    void save(String tenantId, AutomationSettings settings);

    /** The tenant's one switch: flips only the pause, whatever else was saved meanwhile. */
    void setPaused(String tenantId, boolean paused);

    /** The operator's switch for every tenant of the deployment. */
    void setGloballyPaused(boolean paused);
}
