package com.linkstar.reply.core.routing;

/**
 * The tenant's automation settings and the global pause switch, read fresh for every automatic send: a pause must stop
 * the very next message, so implementations do not cache.
 */
public interface AutomationSwitches {

    /** What the draft and send stages act on. */
    record Switches(AutomationSettings tenant, boolean globallyPaused) {

        public boolean paused() {
            return globallyPaused || tenant.paused();
        }
    }

    Switches current(String tenantId);

    /** Suggest-only for everyone: the stand-in where no settings store is connected. */
    AutomationSwitches SUGGEST_ONLY = tenantId -> new Switches(AutomationSettings.DEFAULTS, false);
}
