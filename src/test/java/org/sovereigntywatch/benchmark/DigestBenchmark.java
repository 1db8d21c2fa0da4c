package org.sovereigntywatch.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.sovereigntywatch.editorial.ItemSubjects;
import org.sovereigntywatch.notification.MailJobs;
import org.sovereigntywatch.timeline.EventRecorded;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The daily digest job for the {@value NotificationBenchmark#USERS} watchers of {@value NotificationBenchmark#JURISDICTION}
 * (issue 17), each with an address and a daily digest chosen for news where they watch: {@value #PER_USER} policy
 * events are told through the application (each an {@link EventRecorded} heard by the rules, so every row is queued
 * for the digest as in use), then the job writes and sends a digest to each user, as that user, to an SMTP server in
 * this JVM (GreenMail). The application runs a second time for it, with mail set up; the first keeps mail off.
 * Everything it adds is taken away afterwards, so that the other parts find their data as they left it.
 */
final class DigestBenchmark {

    static final int PER_USER = 10;
    private static final int RUNS = 3;
    private static final String WATCHERS = "select id from app_user where username like '"
            + NotificationBenchmark.USER_PREFIX + "%'";

    private final Function<Map<String, Object>, ConfigurableApplicationContext> startAnother;
    private final ImportBenchmark.Figures figures;

    DigestBenchmark(Function<Map<String, Object>, ConfigurableApplicationContext> startAnother,
                    ImportBenchmark.Figures figures) {
        this.startAnother = startAnother;
        this.figures = figures;
    }

    void run() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ConfigurableApplicationContext mailOn = startAnother.apply(Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort(),
                // Jobs only when called, and each call runs: a lock held on would skip the next run.
                "sovereigntywatch.jobs.lock-at-least", "PT0S", "sovereigntywatch.jobs.cron", "-",
                "sovereigntywatch.jobs.cleanup-cron", "-", "sovereigntywatch.mail.instant-cron", "-",
                "sovereigntywatch.mail.digest-cron", "-"));
        JdbcClient jdbc = mailOn.getBean(JdbcClient.class);
        try {
            long queued = queueDigests(mailOn, jdbc);
            List<Double> seconds = new ArrayList<>();
            int received = 0;
            String sample = "";
            for (int run = 0; run < RUNS; run++) {
                jdbc.sql("update notification set mailed_at = null where delivery = 'DIGEST' and recipient_id in ("
                        + WATCHERS + ")").update();
                smtp.purgeEmailFromAllMailboxes();
                long start = System.nanoTime();
                MailJobs.sendDigests(mailOn);
                seconds.add((System.nanoTime() - start) / 1e9);
                MimeMessage[] mails = smtp.getReceivedMessages();
                received = mails.length;
                sample = mails.length == 0 ? "" : (String) mails[0].getContent();
            }
            long lines = sample.lines().filter(line -> line.startsWith("- ")).count();
            double worst = seconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            figures.add("Daily digest job for %,d users, %d notifications each (%,d queued), mailed to an SMTP server "
                            .formatted(NotificationBenchmark.USERS, PER_USER, queued) + "in the JVM: s per run",
                    seconds.stream().map("%.1f"::formatted).reduce((a, b) -> a + " / " + b).orElseThrow(),
                    "≤ 30 s", worst <= 30 ? "met" : "MISSED");
            boolean right = received == NotificationBenchmark.USERS && lines == PER_USER;
            figures.add("Daily digest: mails received in the last run, lines in one", "%,d mails, %d lines"
                    .formatted(received, lines), "%,d mails, %d lines".formatted(NotificationBenchmark.USERS, PER_USER),
                    right ? "ok" : "WRONG");
        } finally {
            jdbc.sql("delete from notification where delivery = 'DIGEST' and recipient_id in (" + WATCHERS + ")")
                    .update();
            jdbc.sql("delete from notification_delivery where user_id in (" + WATCHERS + ")").update();
            jdbc.sql("update app_user set email = null where id in (" + WATCHERS + ")").update();
            mailOn.close();
            smtp.stop();
        }
    }

    /**
     * Gives each watcher an address and a daily digest for news where they watch, then tells {@value #PER_USER}
     * events of published measures of their jurisdiction through the application. @return the rows queued
     */
    private long queueDigests(ConfigurableApplicationContext mailOn, JdbcClient jdbc) {
        jdbc.sql("update app_user set email = username || '@example.org' where id in (" + WATCHERS + ")").update();
        jdbc.sql("delete from notification_delivery where user_id in (" + WATCHERS + ")").update();
        jdbc.sql("insert into notification_delivery (user_id, reason, delivery) select id, 'WATCHED_EVENT', 'DIGEST' "
                + "from (" + WATCHERS + ") watcher").update();
        long jurisdiction = jdbc.sql("select id from jurisdiction where code = :code")
                .param("code", NotificationBenchmark.JURISDICTION).query(Long.class).single();
        List<long[]> events = jdbc.sql("""
                        select e.id, e.measure_id from policy_event e
                        join policy_measure m on m.id = e.measure_id
                        where m.state = 'PUBLISHED' and m.jurisdiction_id = :jurisdiction
                        order by e.id fetch first :n rows only""")
                .param("jurisdiction", jurisdiction).param("n", PER_USER)
                .query((row, number) -> new long[] {row.getLong(1), row.getLong(2)}).list();
        TransactionTemplate transaction = new TransactionTemplate(mailOn.getBean(PlatformTransactionManager.class));
        for (long[] event : events) {
            Set<Long> platforms = new HashSet<>(jdbc.sql(
                            "select platform_id from policy_measure_platform where measure_id = :measure")
                    .param("measure", event[1]).query(Long.class).list());
            EventRecorded recorded = new EventRecorded(event[0], event[1],
                    new ItemSubjects(Set.of(jurisdiction), platforms), NotificationBenchmark.ACTOR);
            transaction.executeWithoutResult(status -> mailOn.publishEvent(recorded));
        }
        return jdbc.sql("select count(*) from notification where delivery = 'DIGEST' and mailed_at is null "
                + "and recipient_id in (" + WATCHERS + ")").query(Long.class).single();
    }
}
