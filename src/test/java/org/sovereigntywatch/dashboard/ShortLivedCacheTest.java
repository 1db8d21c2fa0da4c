package org.sovereigntywatch.dashboard;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ShortLivedCacheTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void a_value_is_kept_for_its_lifetime_per_key() {
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(Duration.ofSeconds(15), clock);
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("b", computed::incrementAndGet)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(14));
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void a_lifetime_of_zero_keeps_nothing() {
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(Duration.ZERO, clock);
        cache.get("a", computed::incrementAndGet);
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void clearing_forgets_every_value() {
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(Duration.ofSeconds(15), clock);
        cache.get("a", computed::incrementAndGet);
        cache.clear();
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(2);
    }

    /** A value being computed while the cache is cleared may be from before what the clearing was for. */
    @Test
    void a_value_computed_across_a_clearing_is_not_kept() {
        ShortLivedCache<String, Integer> cache = new ShortLivedCache<>(Duration.ofSeconds(15), clock);
        assertThat(cache.get("a", () -> {
            cache.clear();
            return computed.incrementAndGet();
        })).isEqualTo(1);
        assertThat(cache.get("a", computed::incrementAndGet)).isEqualTo(2);
    }
}
