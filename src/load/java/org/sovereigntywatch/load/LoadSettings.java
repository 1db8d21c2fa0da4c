package org.sovereigntywatch.load;

import java.time.Duration;

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
        return new LoadSettings(Integer.getInteger("load.users", 50),
                System.getProperty("load.base", "http://127.0.0.1:8080"),
                System.getProperty("load.db", "jdbc:postgresql://127.0.0.1:5432/sw_benchmark"),
                Duration.ofSeconds(Long.getLong("load.ramp", 60)),
                Duration.ofSeconds(Long.getLong("load.steady", 180)),
                Duration.ofSeconds(Long.getLong("load.think-min", 5)),
                Duration.ofSeconds(Long.getLong("load.think-max", 20)));
    }

    Duration total() {
        return ramp.plus(steady);
    }
}
