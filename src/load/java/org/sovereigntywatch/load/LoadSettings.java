package org.sovereigntywatch.load;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What a run is told on the command line ({@code -Dload.users=200} …), with defaults for one node on this machine.
 *
 * @param users  virtual users at once
 * @param base   where the application (or the load balancer) answers
 * @param db     the benchmark database, where the users are made
 * @param ramp   how long the users take to arrive, evenly
 * @param steady how long all of them then work together
 * @param thinkMin the shortest pause to read between two steps
 * @param thinkMax the longest
 */
record LoadSettings(int users, String base, String db, Duration ramp, Duration steady, Duration thinkMin,
                    Duration thinkMax) {

    static LoadSettings fromSystemProperties() {
        // Every round of the analysts' mix takes about 90 s with these pauses: each user makes about three rounds.
        return new LoadSettings(Integer.getInteger("load.users", 50),
                System.getProperty("load.base", "http://127.0.0.1:8080"),
                System.getProperty("load.db", "jdbc:postgresql://127.0.0.1:5432/sw_benchmark"),
                Duration.ofSeconds(Long.getLong("load.ramp", 60)),
                Duration.ofSeconds(Long.getLong("load.steady", 240)),
                Duration.ofSeconds(Long.getLong("load.think-min", 3)),
                Duration.ofSeconds(Long.getLong("load.think-max", 12)));
    }

    Duration total() {
        return ramp.plus(steady);
    }

    /**
     * How every virtual user's requests are sent: from its own client address, as a load balancer forwards it (the
     * application trusts X-Forwarded-For from its own machine), in a British English browser.
     */
    HttpProtocolBuilder protocol() {
        return http.baseUrl(base)
                .wsBaseUrl(base.replaceFirst("^http", "ws"))
                .header("X-Forwarded-For", "#{address}")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Sovereignty Watch load test");
    }
}
