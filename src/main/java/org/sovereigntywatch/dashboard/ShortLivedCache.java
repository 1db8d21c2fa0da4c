package org.sovereigntywatch.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values kept for a short lifetime per key, then computed anew. Entries that have outlived it are dropped whenever a
 * value is computed, so the cache holds only the keys asked for within one lifetime. With a lifetime of zero it keeps
 * nothing. Two callers that miss at once both compute: cheaper than making one wait, at a handful of keys. Safe for
 * concurrent callers.
 */
final class ShortLivedCache<K, V> {

    private record Kept<V>(V value, Instant until) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** Counts the clearings: a value computed across one is not kept, as it may hold what the clearing was for. */
    private final AtomicLong clearings = new AtomicLong();
    private final Duration lifetime;
    private final Clock clock;

    ShortLivedCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    V get(K key, Supplier<V> compute) {
        Instant now = clock.instant();
        Kept<V> found = kept.get(key);
        if (found != null && now.isBefore(found.until())) {
            return found.value();
        }
        long clearedBefore = clearings.get();
        V value = compute.get();
        if (lifetime.isPositive()) {
            kept.values().removeIf(entry -> !now.isBefore(entry.until()));
            kept.put(key, new Kept<>(value, now.plus(lifetime)));
            if (clearings.get() != clearedBefore) {
                kept.remove(key);
            }
        }
        return value;
    }

    void clear() {
        clearings.incrementAndGet();
        kept.clear();
    }
}
