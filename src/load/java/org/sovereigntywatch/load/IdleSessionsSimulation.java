package org.sovereigntywatch.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.sovereigntywatch.load.VaadinClient.navigate;

/**
 * Open but idle sessions, as at a newsroom where everyone keeps the dashboard open all day: each user signs in, opens
 * the dashboard and its push channel, then only sends the browser's heartbeat until the run ends.
 */
public class IdleSessionsSimulation extends Simulation {

    /** Vaadin's client beats every five minutes (the application's heartbeat interval); a shorter beat costs nothing. */
    static final Duration HEARTBEAT = Duration.ofSeconds(60);
    /** The pause after the first half of the users. */
    static final Duration QUIET = Duration.ofSeconds(90);

    private static final LoadSettings settings = LoadSettings.fromSystemProperties();

    {
        List<Map<String, Object>> users = LoadUsers.prepare(settings.db(), settings.users(), false);
        long end = System.currentTimeMillis() + settings.total().plus(QUIET).toMillis();

        ScenarioBuilder idle = scenario("idle sessions")
                .feed(listFeeder(users).queue())
                .exec(session -> session.set("phase", ""))
                .exec(VaadinClient.signIn())
                .exec(navigate("dashboard", session -> "", session -> ""))
                .exec(VaadinClient.openPush())
                .exec(asLongAs(session -> System.currentTimeMillis() < end)
                        .on(exec(pause(HEARTBEAT), exec(VaadinClient.heartbeat()))));

        // Half the users, a quiet pause in which scripts/load-test.sh reads the heap, then the rest: the heap with
        // each half, and per session the slope between two quiet moments, free of the requests in flight while users
        // arrive.
        int first = settings.users() / 2;
        Duration firstRamp = settings.ramp().dividedBy(2);
        setUp(idle.injectOpen(rampUsers(first).during(firstRamp), nothingFor(QUIET),
                rampUsers(settings.users() - first).during(settings.ramp().minus(firstRamp))))
                .protocols(settings.protocol())
                .maxDuration(settings.total().plus(QUIET).plus(HEARTBEAT).plusSeconds(60));
    }
}
