package org.sovereigntywatch.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per API token: a Bucket4j bucket each, so many requests a minute, refilled evenly (a script may burst a
 * minute's worth, then goes at the steady pace). A request over the limit is answered {@code 429} with how many
 * seconds to wait. Each node counts on its own, like {@link SignInThrottle}: behind a load balancer's sticky sessions
 * a script (which keeps no cookie) is spread over the nodes, so the cluster admits up to that many times the limit.
 * Buckets are kept per token, of which there are few (at most {@value ApiTokenService#USABLE_MAX} usable per user).
 */
@Component
class ApiRateLimit {

    private final long perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(@Value("${sovereigntywatch.api.requests-per-minute:600}") long perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one request from the token's bucket: zero when it may go ahead, else how long until it may. */
    Duration take(long tokenId) {
        ConsumptionProbe probe = buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    long perMinute() {
        return perMinute;
    }
}
