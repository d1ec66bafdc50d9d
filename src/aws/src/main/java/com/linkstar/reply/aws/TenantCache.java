package com.linkstar.reply.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A per-Lambda cache of one tenant-level item (taxonomy, SLA settings): every message needs it, and a minute's delay
 * for a tenant's change to reach every running function is fine.
 */
final class TenantCache<V> {

    private record Entry<V>(V value, Instant readAt) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    TenantCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    V get(String tenantId, Function<String, V> load) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(tenantId);
        if (entry != null && entry.readAt().plus(ttl).isAfter(now)) {
            return entry.value();
        }
        V value = load.apply(tenantId);
        entries.put(tenantId, new Entry<>(value, now));
        return value;
    }

    /** After this Lambda's own write: its next read sees the change at once. */
    void invalidate(String tenantId) {
        entries.remove(tenantId);
    }
}
