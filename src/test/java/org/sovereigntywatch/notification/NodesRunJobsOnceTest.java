package org.sovereigntywatch.notification;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.Application;
import org.sovereigntywatch.PostgresTestDatabase;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ReviewComingDue;
import org.sovereigntywatch.concern.ReviewReminders;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL database, as production runs them behind a load balancer: when both fire
 * the hourly reminders at the same moment, the job runs on one node only (ShedLock's row in {@code shedlock}), and a
 * node whose clock runs behind does not run it again after the first one finished.
 */
class NodesRunJobsOnceTest {

    private static PostgresTestDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static final AtomicInteger firstRuns = new AtomicInteger();
    private static final AtomicInteger secondRuns = new AtomicInteger();

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        database = PostgresTestDatabase.create();
        first = node(firstRuns);
        second = node(secondRuns);
    }

    @AfterAll
    static void stopThem() throws SQLException {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void the_hourly_reminders_fired_on_two_nodes_at_once_run_on_one_and_tell_the_owner_once() throws Exception {
        long concernId = concernDueTomorrow();
        CountDownLatch bothReady = new CountDownLatch(2);
        // A thread per node (the common pool may have one thread on a small machine, and both must wait at the latch).
        ExecutorService nodesThreads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> runs = List.of(first, second).stream()
                    .map(node -> CompletableFuture.runAsync(() -> {
                        bothReady.countDown();
                        await(bothReady);
                        node.getBean(ReviewReminders.class).remind();
                    }, nodesThreads)).toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } finally {
            nodesThreads.shutdownNow();
        }

        assertThat(firstRuns.get() + secondRuns.get()).as("concerns told of, on both nodes together").isPositive();
        assertThat(firstRuns.get() == 0 || secondRuns.get() == 0).as("only one node ran the job").isTrue();

        // The other node fires a little later (its clock runs behind): the lock, held for five minutes, still stops it.
        int before = firstRuns.get() + secondRuns.get();
        (firstRuns.get() == 0 ? first : second).getBean(ReviewReminders.class).remind();
        assertThat(firstRuns.get() + secondRuns.get()).isEqualTo(before);

        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from notification where item_id = :id and reason = 'REVIEW_DUE'")
                .param("id", concernId).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'review-reminders'")
                .query(Long.class).single()).isOne();
    }

    private static ConfigurableApplicationContext node(AtomicInteger runs) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class)
                .profiles("test", "postgres")
                // Arguments, which win over the profiles' files, as a node's own settings would.
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=",
                        "--sovereigntywatch.demo-data=true",
                        "--sovereigntywatch.jobs.lock-at-least=PT5M");
        node.addApplicationListener((PayloadApplicationEvent<?> event) -> {
            if (event.getPayload() instanceof ReviewComingDue) {
                runs.incrementAndGet();
            }
        });
        return node;
    }

    /** A concern whose review is due tomorrow, recorded on the first node by the analyst. */
    private static long concernDueTomorrow() {
        RunAs runAs = first.getBean(RunAs.class);
        Platform platform = runAs.user("admin", () -> first.getBean(PlatformService.class)
                .save(new Platform("Node test platform " + UUID.randomUUID())));
        JurisdictionService jurisdictions = first.getBean(JurisdictionService.class);
        Concern concern = new Concern("Due tomorrow " + UUID.randomUUID());
        concern.setPlatform(platform);
        concern.setAffectedJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        concern.setAccessingJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("CN").orElseThrow()));
        concern.setOwner(runAs.user("admin", () -> first.getBean(UserService.class).findByUsername("analyst")
                .orElseThrow()));
        concern.setSources(Set.of(runAs.user("viewer", () -> first.getBean(SourceService.class)
                .findByUrl("https://viralmag.fr/?p=64330").orElseThrow())));
        concern.setNextReview(LocalDate.now().plusDays(1));
        return runAs.user("analyst", () -> first.getBean(ConcernService.class).create(concern)).getId();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
