package org.sovereigntywatch.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.springframework.stereotype.Component;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slows down password guessing. Every failed sign-in costs a token from two Bucket4j buckets: one for the account
 * (the username as typed, normalised, whether or not such a user exists, so that the answer never tells) and one for
 * the client's address. Each bucket has three limits; once a burst of failures has used up the first, each further
 * try waits for the next token, and the later limits make the wait longer still. The last limit is also the ceiling:
 * at most 100 failed sign-ins per account in any hour. No try waits more than 72 seconds, so the owner of an account
 * under attack, signing in from another address, is delayed but never locked out (an attacker who keeps trying at
 * exactly the allowed pace competes with the owner for those tries; exempting the owner's known devices would end
 * that, and is left for later).
 * <p>
 * An attempt takes its tokens <em>before</em> the password is checked ({@link #reserve}) and gets them back when it
 * succeeds ({@link #signedIn}): a refused attempt never reaches the password check, no thread ever sleeps, and a
 * burst of parallel requests cannot squeeze in more tries than the limits allow.
 * <p>
 * The buckets live in this node's memory: each node of a cluster counts on its own, and a restart forgets them.
 * A bucket untouched for the longest period is full again, the same as a new one, and is dropped.
 */
@Component
class SignInThrottle {

    /** So many failed sign-ins, refilled evenly over the period (greedy refill: one token every period / tries). */
    record Limit(long tries, Duration per) {
    }

    /**
     * After 5 quick failures one try every 12 s, after 10 one every 30 s, after 50 one every 72 s: with a burst of
     * 50 plus 50 refilled, never more than 100 failures per account in any hour.
     */
    static final List<Limit> PER_ACCOUNT = List.of(
            new Limit(5, Duration.ofMinutes(1)), new Limit(10, Duration.ofMinutes(5)), new Limit(50, Duration.ofHours(1)));

    /**
     * Looser, as several people may share an address (an office behind one NAT): after 10 quick failures one try
     * every 6 s, after 30 one every 20 s, after 100 one every 36 s.
     */
    static final List<Limit> PER_ADDRESS = List.of(
            new Limit(10, Duration.ofMinutes(1)), new Limit(30, Duration.ofMinutes(10)), new Limit(100, Duration.ofHours(1)));

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, Entry> accounts = new ConcurrentHashMap<>();
    private final Map<String, Entry> addresses = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    SignInThrottle(Clock clock) {
        this.clock = clock;
        this.time = new ClockTime(clock);
        this.nextSweep = new AtomicLong(nanos(clock.instant().plus(SWEEP_EVERY)));
    }

    /**
     * Takes one try from the account's and the address's buckets.
     *
     * @return zero if the attempt may check the password (it then counts as a failure unless {@link #signedIn}
     * follows), otherwise how long to wait before the next try; nothing is taken then
     */
    Duration reserve(@Nullable String username, @Nullable String address) {
        sweepNowAndThen();
        Bucket account = entry(accounts, accountKey(username), PER_ACCOUNT).touch();
        Bucket client = entry(addresses, addressKey(address), PER_ADDRESS).touch();
        if (!account.tryConsume(1)) {
            return waitFor(account, client);
        }
        if (!client.tryConsume(1)) {
            account.addTokens(1);
            return waitFor(account, client);
        }
        return Duration.ZERO;
    }

    /** The password was right: the reserved try does not count as a failure. */
    void signedIn(@Nullable String username, @Nullable String address) {
        entry(accounts, accountKey(username), PER_ACCOUNT).touch().addTokens(1);
        entry(addresses, addressKey(address), PER_ADDRESS).touch().addTokens(1);
    }

    /** How long the next try from this address for this username must wait; zero if it may go ahead now. */
    Duration waitBeforeNextTry(@Nullable String username, @Nullable String address) {
        Entry account = accounts.get(accountKey(username));
        Entry client = addresses.get(addressKey(address));
        return max(account == null ? Duration.ZERO : waitFor(account.bucket),
                client == null ? Duration.ZERO : waitFor(client.bucket));
    }

    /** The username as the sign-in looks it up, so that "Alice " and "alice" share a bucket. */
    static String accountKey(@Nullable String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // No username is longer; a longer one typed cannot exist, and must not make the key grow without end.
        return key.length() > AuditedEntity.USERNAME_MAX ? key.substring(0, AuditedEntity.USERNAME_MAX + 1) : key;
    }

    /**
     * The client's address; for IPv6 its /64 network, since one subscriber usually gets a whole /64 and could
     * otherwise take a fresh address for every try.
     */
    static String addressKey(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // An IPv6 literal: parsed without any name lookup.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address v6) {
                byte[] network = new byte[8];
                System.arraycopy(v6.getAddress(), 0, network, 0, 8);
                return HexFormat.of().formatHex(network) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private Entry entry(Map<String, Entry> entries, String key, List<Limit> limits) {
        return entries.computeIfAbsent(key, ignored -> new Entry(newBucket(limits)));
    }

    private Bucket newBucket(List<Limit> limits) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        limits.forEach(limit -> builder.addLimit(bandwidth -> bandwidth.capacity(limit.tries())
                .refillGreedy(limit.tries(), limit.per())));
        return builder.build();
    }

    private static Duration waitFor(Bucket account, Bucket client) {
        return max(waitFor(account), waitFor(client));
    }

    private static Duration waitFor(Bucket bucket) {
        // Greedy refill hands out fractions of a token; round up so that the wait told is always long enough.
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos <= 0 ? Duration.ZERO : Duration.ofSeconds((nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void sweepNowAndThen() {
        long now = nanos(clock.instant());
        long due = nextSweep.get();
        if (now < due || !nextSweep.compareAndSet(due, now + SWEEP_EVERY.toNanos())) {
            return;
        }
        long forgetBefore = now - FORGET_AFTER.toNanos();
        // An attempt racing with this may count on a bucket just dropped: at worst one failure an hour goes uncounted.
        accounts.values().removeIf(entry -> entry.lastUsed < forgetBefore);
        addresses.values().removeIf(entry -> entry.lastUsed < forgetBefore);
    }

    /** Buckets tracked now, for tests of the clean-up. */
    int trackedKeys() {
        return accounts.size() + addresses.size();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private final class Entry {
        final Bucket bucket;
        volatile long lastUsed;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }

        Bucket touch() {
            lastUsed = nanos(clock.instant());
            return bucket;
        }
    }

    /** Bucket4j's time from the application's clock, so that tests move time instead of sleeping. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanos(clock.instant());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
