package org.sovereigntywatch.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.sovereigntywatch.load.VaadinClient.navigate;

/**
 * Open but idle sessions, as at a newsroom where everyone keeps the dashboard open all day: each user signs in, opens
 * the dashboard, then only sends the browser's heartbeat until the run ends. Users arrive evenly over the ramp; the
 * steady part is when scripts/load-test.sh reads the server's heap.
 */
public class IdleSessionsSimulation extends Simulation {

    /** Vaadin's client beats every five minutes (the application's heartbeat interval); a shorter beat costs nothing. */
    static final Duration HEARTBEAT = Duration.ofSeconds(60);

    private static final LoadSettings settings = LoadSettings.fromSystemProperties();

    {
        List<Map<String, Object>> users = LoadUsers.prepare(settings.db(), settings.users(), false);
        long end = System.currentTimeMillis() + settings.total().toMillis();

        ScenarioBuilder idle = scenario("idle sessions")
                .feed(listFeeder(users).queue())
                .exec(session -> session.set("phase", ""))
                .exec(VaadinClient.signIn())
                .exec(navigate("dashboard", session -> "", session -> ""))
                .exec(asLongAs(session -> System.currentTimeMillis() < end)
                        .on(exec(pause(HEARTBEAT), exec(VaadinClient.heartbeat()))));

        setUp(idle.injectOpen(rampUsers(settings.users()).during(settings.ramp())))
                .protocols(settings.protocol())
                .maxDuration(settings.total().plus(HEARTBEAT).plusSeconds(60));
    }
}
