package org.sovereigntywatch.security;

import org.sovereigntywatch.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle on its own, on a clock the tests move: no sleeping. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void the_first_few_failures_go_through_and_the_next_try_must_wait() {
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(throttle.reserve("mallory", "198.51.100.1")).as("failure %d", failure).isZero();
        }

        assertThat(throttle.reserve("mallory", "198.51.100.1")).isEqualTo(Duration.ofSeconds(12));
        assertThat(throttle.waitBeforeNextTry("mallory", "198.51.100.1")).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void a_refused_try_costs_nothing_so_hammering_does_not_push_the_next_try_further_away() {
        failFromManyAddresses("mallory", 5);
        for (int refused = 0; refused < 100; refused++) {
            throttle.reserve("mallory", "198.51.100.1");
        }

        clock.advance(Duration.ofSeconds(12));

        assertThat(throttle.reserve("mallory", "198.51.100.1")).isZero();
    }

    @Test
    void each_further_try_waits_longer_up_to_a_bound() {
        // An attacker with many addresses, trying one account again as soon as the throttle allows.
        List<Duration> waits = new ArrayList<>();
        for (int tries = 0; tries < 300; tries++) {
            Duration wait = throttle.reserve("victim", "203.0.113." + tries % 250);
            if (wait.isPositive()) {
                waits.add(wait);
                clock.advance(wait);
            }
        }

        assertThat(waits).isSorted();
        assertThat(waits.getFirst()).isEqualTo(Duration.ofSeconds(12));
        assertThat(waits).contains(Duration.ofSeconds(30));
        assertThat(waits.getLast()).isEqualTo(Duration.ofSeconds(72));
    }

    @Test
    void no_account_gets_more_than_100_failed_sign_ins_in_any_hour() {
        List<Instant> passwordChecks = new ArrayList<>();
        Instant end = clock.instant().plus(Duration.ofHours(4));
        int address = 0;
        while (clock.instant().isBefore(end)) {
            // A new address every try, so only the account's limit stands in the way.
            if (throttle.reserve("victim", "203.0.113." + address++ % 250).isZero()) {
                passwordChecks.add(clock.instant());
            }
            clock.advance(Duration.ofSeconds(1));
        }

        for (Instant start : passwordChecks) {
            long inTheHour = passwordChecks.stream()
                    .filter(check -> !check.isBefore(start) && check.isBefore(start.plus(Duration.ofHours(1))))
                    .count();
            assertThat(inTheHour).as("failures in the hour from %s", start).isLessThanOrEqualTo(100);
        }
        assertThat(passwordChecks).as("yet the account is slowed down, not locked").hasSizeGreaterThan(4 * 45);
    }

    @Test
    void the_owner_signs_in_from_another_address_after_a_bounded_wait_however_long_the_attack_went_on() {
        failFromOneAddressForHours("victim", "198.51.100.66", 3);

        Duration wait = throttle.reserve("victim", "192.0.2.10");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(72));
        clock.advance(wait);

        assertThat(throttle.reserve("victim", "192.0.2.10")).isZero();
        throttle.signedIn("victim", "192.0.2.10");
    }

    @Test
    void a_successful_sign_in_does_not_count_as_a_failure() {
        for (int signIn = 0; signIn < 20; signIn++) {
            assertThat(throttle.reserve("alice", "192.0.2.10")).isZero();
            throttle.signedIn("alice", "192.0.2.10");
        }

        assertThat(throttle.waitBeforeNextTry("alice", "192.0.2.10")).isZero();
    }

    @Test
    void one_address_trying_many_accounts_is_slowed_down_too() {
        for (int account = 0; account < 10; account++) {
            assertThat(throttle.reserve("user" + account, "198.51.100.7")).isZero();
        }

        assertThat(throttle.reserve("user10", "198.51.100.7")).isEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.reserve("user10", "198.51.100.8")).as("another address").isZero();
    }

    @Test
    void an_account_is_counted_by_its_username_as_sign_in_looks_it_up() {
        failFromManyAddresses(" Mallory ", 5);

        assertThat(throttle.reserve("mallory", "192.0.2.99")).isPositive();
        assertThat(SignInThrottle.accountKey("x".repeat(10_000))).hasSizeLessThan(100);
    }

    @Test
    void the_addresses_of_one_ipv6_network_share_a_bucket() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2::1"))
                .isEqualTo(SignInThrottle.addressKey("2001:db8:1:2:ffff:eeee:dddd:9"))
                .isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(SignInThrottle.addressKey("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(SignInThrottle.addressKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void keys_left_alone_for_an_hour_are_forgotten() {
        failFromManyAddresses("mallory", 5);
        assertThat(throttle.trackedKeys()).isEqualTo(6);

        clock.advance(Duration.ofMinutes(61));
        throttle.reserve("alice", "192.0.2.10");

        assertThat(throttle.trackedKeys()).isEqualTo(2);
    }

    private void failFromManyAddresses(String username, int failures) {
        for (int failure = 0; failure < failures; failure++) {
            assertThat(throttle.reserve(username, "203.0.113." + failure)).isZero();
        }
    }

    /** Fails as often as the throttle allows for some hours, ending right after a failure, as an attack goes on. */
    private void failFromOneAddressForHours(String username, String address, int hours) {
        Instant end = clock.instant().plus(Duration.ofHours(hours));
        while (true) {
            Duration wait = throttle.reserve(username, address);
            if (wait.isZero() && !clock.instant().isBefore(end)) {
                return;
            }
            clock.advance(wait.isZero() ? Duration.ofMillis(100) : wait);
        }
    }
}
