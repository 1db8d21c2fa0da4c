package org.sovereigntywatch.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.concern.ui.ConcernsView;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.sovereigntywatch.load.VaadinClient.click;
import static org.sovereigntywatch.load.VaadinClient.navigate;
import static org.sovereigntywatch.load.VaadinClient.node;
import static org.sovereigntywatch.load.VaadinClient.rows;
import static org.sovereigntywatch.load.VaadinClient.send;
import static org.sovereigntywatch.load.VaadinClient.type;

/**
 * Analysts at work: each signs in, then until the run ends goes round a day's mix with a pause to read between steps —
 * the dashboard; the concern register filtered to their jurisdiction's high risks, two pages of it and a text search;
 * a concern; the timeline of three jurisdictions; an edit of one of their own drafts, saved; a small CSV of their
 * critical concerns. Users arrive evenly over the ramp, then all work through the steady part.
 */
public class AnalystsSimulation extends Simulation {

    private static final LoadSettings settings = LoadSettings.fromSystemProperties();
    private static final SavedTitles saved = new SavedTitles();

    {
        List<Map<String, Object>> users = LoadUsers.prepare(settings.db(), settings.users(), true);
        long start = System.currentTimeMillis();
        long end = start + settings.total().toMillis();
        // -Dload.loss-at=SECONDS: when the two-node run kills a node; later requests are reported apart.
        long lossAt = Long.getLong("load.loss-at", 0) > 0 ? start + Long.getLong("load.loss-at") * 1000 : Long.MAX_VALUE;

        ScenarioBuilder analysts = scenario("analysts")
                .feed(listFeeder(users).queue())
                .exec(session -> session.set("phase", ""))
                .exec(VaadinClient.signIn())
                .exec(navigate("dashboard (first)", session -> "", session -> ""))
                .exec(asLongAs(session -> System.currentTimeMillis() < end).on(
                        exec(session -> session.set("phase", System.currentTimeMillis() < lossAt ? "" : "after loss · ")),
                        // A step that fails (its node lost, say) ends the round; the user signs in again, as a
                        // person sent to the sign-in page would, and goes on.
                        exitBlockOnFail().on(workday()),
                        doIf(Session::isFailed).then(exec(Session::markAsSucceeded)
                                .exec(VaadinClient.signIn())
                                .exec(navigate("dashboard (first)", session -> "", session -> "")))));

        setUp(analysts.injectOpen(rampUsers(settings.users()).during(settings.ramp())))
                .protocols(settings.protocol())
                .maxDuration(settings.total().plusSeconds(60));
    }

    @Override
    public void after() {
        saved.check(settings.db());
    }

    private static ChainBuilder workday() {
        return exec(think(), navigate("dashboard", session -> "", session -> ""),
                think(), navigate("concerns: filtered", session -> "concerns",
                        session -> "jurisdiction=" + session.getString("jurisdiction") + "&level=HIGH",
                        node(ConcernsView.GRID_ID, "grid"), node(ConcernsView.SEARCH_ID, "search")),
                exec(send("concerns: first rows", List.of(rows("grid", 0, 50)))),
                think(), exec(send("concerns: next rows", List.of(rows("grid", 50, 50)))),
                think(), exec(send("concerns: text search", List.of(type("search", session -> "data")))),
                think(), navigate("concern: open", session -> "concerns/" + draft(session), AnalystsSimulation::noQuery),
                think(), navigate("timeline", session -> "timeline",
                        session -> "jurisdiction=US&jurisdiction=CN&jurisdiction=" + session.getString("jurisdiction")),
                think(), edit(),
                think(), navigate("concerns: critical", session -> "concerns",
                        session -> "jurisdiction=" + session.getString("jurisdiction") + "&level=CRITICAL",
                        regex("\"key\":\"href\",\"feat\":3,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"")
                                .saveAs("csv")),
                exec(http(VaadinClient.PHASE + "concerns: CSV download").get(session -> "/" + session.getString("csv"))
                        .check(status().is(200), substring("title").exists())));
    }

    /** Opens one of the user's drafts, changes its title and saves: the answer must say it was saved. */
    private static ChainBuilder edit() {
        return exec(session -> session.set("draft", draft(session)))
                .exec(navigate("concern: open draft", session -> "concerns/" + session.getLong("draft"),
                        AnalystsSimulation::noQuery,
                        node(ConcernEditorView.TITLE_ID, "title"), node(ConcernEditorView.SAVE_ID, "save")))
                .exec(think())
                .exec(session -> {
                    String title = "Load-test edit " + session.getString("username") + " " + System.nanoTime();
                    saved.sent(session.getLong("draft"), title);
                    return session.set("newTitle", title);
                })
                .exec(send("concern: save", List.of(type("title", session -> session.getString("newTitle")),
                        click("save")), substring("Saved").exists()))
                .exec(session -> {
                    saved.acknowledged(session.getLong("draft"), session.getString("newTitle"));
                    return session;
                });
    }

    private static long draft(Session session) {
        List<Long> drafts = session.getList("drafts");
        return drafts.get(ThreadLocalRandom.current().nextInt(drafts.size()));
    }

    private static String noQuery(Session session) {
        return "";
    }

    private static ChainBuilder think() {
        return exec(pause(settings.thinkMin(), settings.thinkMax()));
    }
}
