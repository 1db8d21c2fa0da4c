package org.sovereigntywatch.benchmark;

import org.sovereigntywatch.editorial.ItemSubjects;
import org.sovereigntywatch.notification.NotificationService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The notifications' costs (issue 17), on PostgreSQL: the fan-out of one policy event to the {@value #USERS} watchers
 * of a jurisdiction, as the application writes it (an {@link EventRecorded} published in a transaction, heard by the
 * notification rules, one {@code INSERT … SELECT}, then the commit), and the bell's unread count
 * ({@link NotificationService#unreadCount()}) for a heavy and a typical user among {@value #NOTIFICATIONS}
 * notifications.
 * <p>
 * Its data, kept like the rest and written only when missing: {@value #USERS} viewers {@code bench-watcher-0001…}
 * who own nothing and each watch the jurisdiction {@value #JURISDICTION} (not one the import benchmark writes into, so
 * that its imports tell nobody), and {@value #NOTIFICATIONS} notifications spread over them with a skew: ten heavy
 * users with tens of thousands each, the others a few hundred each, the newest fifth of each user's unread.
 */
final class NotificationBenchmark {

    static final int USERS = 1_000;
    static final String USER_PREFIX = "bench-watcher-";
    static final int NOTIFICATIONS = 1_000_000;
    static final String JURISDICTION = "IT";
    static final String ACTOR = "bench-analyst";
    private static final int HEAVY_USERS = 10;
    private static final int FAN_OUT_WARMUP = 10;
    private static final int FAN_OUT_RUNS = 100;
    private static final int WARMUP = 20;
    private static final int RUNS = 200;
    /** Notifications are kept 90 days ({@code NotificationCleanup}): the generated ones span the last 85. */
    private static final int SPAN_DAYS = 85;
    private static final double UNREAD_SHARE = 0.2;

    /**
     * The statement {@code NotificationStore.notify} writes for {@code NotificationRules.eventRecorded}, with the
     * condition {@code Watchers.of} builds, as the driver receives it (named parameters become {@code ?}, an
     * {@code in} list one {@code ?} per value), for {@code EXPLAIN ANALYZE}. {@code %s} is the platforms' list.
     */
    private static final String FAN_OUT_SQL = """
            insert into notification
                (recipient_id, reason, item_kind, item_id, event_id, actor, detail, due_on, created_at, delivery)
            select u.id, ?, ?, ?, ?, ?, ?, ?, ?, case when ? = 1 and u.email is not null then d.delivery end
            from app_user u
            left join notification_delivery d on d.user_id = u.id and d.reason = ?
            where (u.enabled = TRUE and exists (select 1 from watch w where w.user_id = u.id and (
                (w.target_type = ? and w.target_id = ?)
                or (w.target_type = 'JURISDICTION' and (w.target_id in (?)
                    or w.target_id in (select j.parent_id from jurisdiction j where j.id in (?))))
                or (w.target_type = 'PLATFORM' and w.target_id in (%s))))) and u.username <> ?""";

    /** {@code NotificationStore.countUnread}'s statement. */
    private static final String UNREAD_SQL =
            "select count(*) from notification where recipient_id = ? and read_at is null";

    private final ConfigurableApplicationContext context;
    private final ImportBenchmark.Figures figures;
    private final RunAs runAs;
    private final Instant now = Instant.now();

    NotificationBenchmark(ConfigurableApplicationContext context, ImportBenchmark.Figures figures) {
        this.context = context;
        this.figures = figures;
        this.runAs = context.getBean(RunAs.class);
    }

    void run() throws SQLException {
        figures.add("Notifications: machine load average (1 min) as the part starts", "%.2f on %d cores".formatted(
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()), "(information)", "");
        long jurisdiction = single("select id from jurisdiction where code = '" + JURISDICTION + "'");
        ensureUsers(jurisdiction);
        ensureNotifications();
        fanOut(jurisdiction);
        long heaviest = single("select recipient_id from notification n join app_user u on u.id = n.recipient_id "
                + "where u.username like '" + USER_PREFIX + "%' group by recipient_id order by count(*) desc, 1 limit 1");
        // The fan-outs' rows were deleted (and, on a first run, nothing of the table was ever vacuumed), so pages of
        // the table are not all-visible: an index-only scan then reads the table for each of their entries. Autovacuum
        // would set them again; the count's plan before and after shows what it costs.
        figures.add("Unread count plan, heaviest user, before the vacuum", keyLines(explainUnread(heaviest),
                "Scan", "Heap Fetches", "Heap Blocks", "Buffers", "Execution Time"), "(information)", "");
        long start = System.nanoTime();
        execute("vacuum analyze notification");
        figures.add("Notifications: vacuum analyze after the fan-outs", "%.1f s".formatted(
                (System.nanoTime() - start) / 1e9), "(information)", "");
        unreadCounts();
    }

    // --- data ---

    /** The watchers, their first version in the history (so that the history's data finds nothing new) and watches. */
    private void ensureUsers(long jurisdiction) throws SQLException {
        long users = single("select count(*) from app_user where username like '" + USER_PREFIX + "%'");
        long watches = single("select count(*) from watch w join app_user u on u.id = w.user_id where u.username like '"
                + USER_PREFIX + "%' and w.target_type = 'JURISDICTION' and w.target_id = " + jurisdiction);
        if (users == USERS && watches == USERS) {
            System.out.printf("Notification users: %,d watchers of %s already there%n", USERS, JURISDICTION);
            return;
        }
        String hash = context.getBean(PasswordEncoder.class).encode("bench-password-not-for-sign-in");
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            // After every id in use and every id the sequence may have handed out already (50 at a time, V14).
            long first = single(connection, "select greatest((select coalesce(max(id), 0) from app_user), "
                    + "(select last_value + 49 from app_user_seq)) + 1");
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into app_user (id, username, display_name, password_hash, role, enabled, version,
                        created_by, created_at, modified_by, modified_at)
                    select ? + n - 1, ? || lpad(n::text, 4, '0'), 'Bench watcher ' || n, ?, 'VIEWER', true, 0,
                           'system', ?, 'system', ?
                    from generate_series(1, ?) n
                    where not exists (select 1 from app_user u where u.username = ? || lpad(n::text, 4, '0'))""")) {
                insert.setLong(1, first);
                insert.setString(2, USER_PREFIX);
                insert.setString(3, hash);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.setInt(6, USERS);
                insert.setString(7, USER_PREFIX);
                insert.executeUpdate();
            }
            execute(connection, "select setval('app_user_seq', (select max(id) from app_user) + 1, false)");
            // As users that were there when the history began (V19's first revision holds the users of then).
            execute(connection, """
                    insert into app_user_aud (id, rev, revtype, username, display_name, role, enabled,
                        password_change_required, locale)
                    select id, (select min(id) from revision), 0, username, display_name, role, enabled,
                           password_change_required, locale
                    from app_user x where x.username like '%s%%' and exists (select 1 from revision)
                      and not exists (select 1 from app_user_aud a where a.id = x.id)""".formatted(USER_PREFIX));
            try (PreparedStatement watch = connection.prepareStatement("""
                    insert into watch (user_id, target_type, target_id, created_at)
                    select id, 'JURISDICTION', ?, ? from app_user where username like ?
                    on conflict do nothing""")) {
                watch.setLong(1, jurisdiction);
                watch.setTimestamp(2, Timestamp.from(now));
                watch.setString(3, USER_PREFIX + "%");
                watch.executeUpdate();
            }
            connection.commit();
        }
        System.out.printf("Notification users: %,d watchers of %s written%n", USERS, JURISDICTION);
    }

    /**
     * {@value #NOTIFICATIONS} notifications of the watchers, unless exactly that many are there (anything else, a
     * clean-up or a reminder come in between, is written anew), in the order of their time as the application would
     * have written them, so that a user's rows lie scattered over the table.
     */
    private void ensureNotifications() throws SQLException {
        String mine = "select count(*) from notification n join app_user u on u.id = n.recipient_id where u.username like '"
                + USER_PREFIX + "%'";
        long existing = single(mine);
        if (existing == NOTIFICATIONS) {
            System.out.printf("Notifications: %,d already there%n", existing);
            return;
        }
        long[] userIds = ids("select id from app_user where username like '" + USER_PREFIX + "%' order by id");
        int[] counts = counts(userIds.length);
        long start = System.nanoTime();
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            execute(connection, "delete from notification where recipient_id in (select id from app_user where "
                    + "username like '" + USER_PREFIX + "%')");
            long[] measures = range(connection, "select min(id), max(id) from policy_measure");
            long[] events = range(connection, "select min(id), max(id) from policy_event");
            // A pseudo-random fraction per row, the same on every run.
            String fraction = "(mod(r.user_id * 7919 + k::bigint * 104729 + %d, 10007) / 10007.0)";
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into notification
                        (recipient_id, reason, item_kind, item_id, event_id, actor, due_on, created_at, read_at)
                    select user_id, reason, 'measure', ? + floor(f2 * ?)::bigint,
                           case when reason = 'WATCHED_PUBLISHED' then null else ? + floor(f3 * ?)::bigint end,
                           case reason when 'WATCHED_EVENT' then 'bench-analyst'
                                       when 'WATCHED_PUBLISHED' then 'bench-reviewer' end,
                           case when reason = 'EVENT_EXPECTED' then (created_at + interval '7 days')::date end,
                           created_at,
                           case when unread then null else created_at + (1 + floor(f2 * 72)) * interval '1 hour' end
                    from (select r.user_id,
                                 case when %1$s < 0.75 then 'WATCHED_EVENT' when %1$s < 0.9 then 'WATCHED_PUBLISHED'
                                      else 'EVENT_EXPECTED' end as reason,
                                 %2$s as f2, %3$s as f3,
                                 ?::timestamptz - ? * interval '1 day' * (1 - (k - 0.5) / r.rows) as created_at,
                                 k > r.rows - ceil(r.rows * ?) as unread
                          from unnest(?::bigint[], ?::int[]) as r (user_id, rows)
                               cross join lateral generate_series(1, r.rows) as k) x
                    order by created_at""".formatted(fraction.formatted(0), fraction.formatted(5003),
                    fraction.formatted(7001)))) {
                insert.setLong(1, measures[0]);
                insert.setLong(2, measures[1] - measures[0] + 1);
                insert.setLong(3, events[0]);
                insert.setLong(4, events[1] - events[0] + 1);
                insert.setObject(5, at(now));
                insert.setInt(6, SPAN_DAYS);
                insert.setDouble(7, UNREAD_SHARE);
                Array users = connection.createArrayOf("bigint", Arrays.stream(userIds).boxed().toArray());
                Array rows = connection.createArrayOf("integer", Arrays.stream(counts).boxed().toArray());
                insert.setArray(8, users);
                insert.setArray(9, rows);
                insert.executeUpdate();
            }
            connection.commit();
        }
        figures.add("Notification data generated (" + (existing == 0 ? "" : "replacing " + "%,d".formatted(existing)
                        + " rows, ") + "%,d rows)".formatted(NOTIFICATIONS),
                "%.0f s".formatted((System.nanoTime() - start) / 1e9), "(information)", "");
    }

    /**
     * How many notifications each watcher has, in the order of their ids, {@value #NOTIFICATIONS} in all: one user in
     * a hundred is a heavy one (from about 60,000 down to 30,000), the others a few hundred each (log-normal, median
     * 450), with a fixed seed.
     */
    static int[] counts(int users) {
        Random random = new Random(17);
        int[] counts = new int[users];
        List<Integer> heavy = new ArrayList<>();
        long typical = 0;
        for (int i = 0; i < users; i++) {
            if (i % (users / HEAVY_USERS) == 0) {
                heavy.add(i);
            } else {
                counts[i] = (int) Math.max(40, Math.min(4_000, Math.round(Math.exp(Math.log(450)
                        + 0.6 * random.nextGaussian()))));
                typical += counts[i];
            }
        }
        // The heavy users share the rest, the first twice as much as the last.
        long rest = NOTIFICATIONS - typical;
        double weights = 0;
        for (int h = 0; h < heavy.size(); h++) {
            weights += 2 - h / (double) (heavy.size() - 1);
        }
        long given = 0;
        for (int h = 0; h < heavy.size(); h++) {
            int count = h == heavy.size() - 1 ? (int) (rest - given)
                    : (int) Math.round(rest * (2 - h / (double) (heavy.size() - 1)) / weights);
            counts[heavy.get(h)] = count;
            given += count;
        }
        return counts;
    }

    // --- fan-out ---

    /**
     * One policy event of a published measure of the watched jurisdiction, told as {@code EventNews} tells it: an
     * {@link EventRecorded} published inside a transaction, which the notification rules hear in it, then the commit.
     * Each run's rows are counted and deleted afterwards (untimed), so that every run writes into the same table.
     */
    private void fanOut(long jurisdiction) throws SQLException {
        long measure = single("select min(id) from policy_measure where state = 'PUBLISHED' and jurisdiction_id = "
                + jurisdiction);
        long event = single("select min(id) from policy_event where measure_id = " + measure);
        Set<Long> platforms = new HashSet<>();
        for (long platform : ids("select platform_id from policy_measure_platform where measure_id = " + measure)) {
            platforms.add(platform);
        }
        EventRecorded recorded = new EventRecorded(event, measure, new ItemSubjects(Set.of(jurisdiction), platforms),
                ACTOR);
        ApplicationEventPublisher publisher = context;
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        List<Double> millis = new ArrayList<>();
        List<Integer> wrong = new ArrayList<>();
        for (int run = 0; run < FAN_OUT_WARMUP + FAN_OUT_RUNS; run++) {
            long before = single("select coalesce(max(id), 0) from notification");
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> publisher.publishEvent(recorded));
            double elapsed = (System.nanoTime() - start) / 1e6;
            int written = update("delete from notification where id > " + before
                    + " and reason = 'WATCHED_EVENT' and event_id = " + event);
            if (run >= FAN_OUT_WARMUP) {
                millis.add(elapsed);
            }
            if (written != USERS) {
                wrong.add(written);
            }
        }
        Stopwatch.Percentiles times = Stopwatch.percentiles(millis);
        figures.add("Fan-out of one policy event to the " + USERS + " watchers of a jurisdiction (EventRecorded in a "
                        + "transaction, INSERT … SELECT, commit) p50 / p95 ms", times.text(), "p95 ≤ 200 ms",
                times.p95() <= 200 ? "met" : "MISSED");
        figures.add("Fan-out: rows written per run", wrong.isEmpty() ? "%,d in each of %d runs (warm-up included)"
                        .formatted(USERS, FAN_OUT_WARMUP + FAN_OUT_RUNS) : "%d runs of %d wrote other than %,d: %s"
                        .formatted(wrong.size(), FAN_OUT_WARMUP + FAN_OUT_RUNS, USERS, wrong), "exactly " + USERS, wrong.isEmpty() ? "ok" : "WRONG");
        List<String> plan = explainFanOut(recorded, jurisdiction, platforms);
        System.out.println("Fan-out plan (EXPLAIN (ANALYZE, BUFFERS), rolled back):");
        plan.forEach(line -> System.out.println("    " + line));
        figures.add("Fan-out plan (EXPLAIN ANALYZE of the same INSERT … SELECT, rolled back)", keyLines(plan,
                "Insert on", "Join", "Trigger for constraint", "Execution Time"), "(information)", "");
    }

    private List<String> explainFanOut(EventRecorded recorded, long jurisdiction, Set<Long> platforms)
            throws SQLException {
        List<Long> platformList = platforms.isEmpty() ? List.of(0L) : List.copyOf(platforms);
        String sql = FAN_OUT_SQL.formatted(platformList.stream().map(id -> "?").collect(Collectors.joining(", ")));
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
                int p = 1;
                explain.setString(p++, "WATCHED_EVENT");
                explain.setString(p++, "measure");
                explain.setLong(p++, recorded.measureId());
                explain.setLong(p++, recorded.eventId());
                explain.setString(p++, recorded.actor());
                explain.setNull(p++, Types.VARCHAR);
                explain.setNull(p++, Types.DATE);
                explain.setObject(p++, at(Instant.now()));
                explain.setInt(p++, 0);
                explain.setString(p++, "WATCHED_EVENT");
                explain.setString(p++, "MEASURE");
                explain.setLong(p++, recorded.measureId());
                explain.setLong(p++, jurisdiction);
                explain.setLong(p++, jurisdiction);
                for (long platform : platformList) {
                    explain.setLong(p++, platform);
                }
                explain.setString(p, recorded.actor());
                return lines(explain);
            } finally {
                connection.rollback();
            }
        }
    }

    // --- unread count ---

    /** The bell's count as the heaviest user and as the typical one (the median of the others). */
    private void unreadCounts() throws SQLException {
        NotificationService notifications = context.getBean(NotificationService.class);
        List<long[]> perUser = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select u.id, count(n.id), count(n.id) filter (where n.read_at is null)
                     from app_user u join notification n on n.recipient_id = u.id
                     where u.username like '%s%%' group by u.id order by 2 desc, 1""".formatted(USER_PREFIX))) {
            while (rows.next()) {
                perUser.add(new long[]{rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        long[] heaviest = perUser.getFirst();
        List<long[]> typical = perUser.subList(HEAVY_USERS, perUser.size());
        long[] median = typical.get(typical.size() / 2);
        long total = perUser.stream().mapToLong(user -> user[1]).sum();
        long unread = perUser.stream().mapToLong(user -> user[2]).sum();
        figures.add("Notifications: rows, users, unread", "%,d over %,d users (heaviest %,d, median %,d), %.1f %% unread"
                .formatted(total, perUser.size(), heaviest[1], median[1], 100.0 * unread / total), "(information)", "");
        for (long[] user : List.of(heaviest, median)) {
            String username = single("select username from app_user where id = " + user[0], String.class);
            String kind = user == heaviest ? "heaviest user" : "typical user";
            Stopwatch.Percentiles times = runAs.user(username,
                    () -> Stopwatch.time(WARMUP, RUNS, notifications::unreadCount));
            figures.add("Unread count, NotificationService.unreadCount — " + kind + " (%,d notifications, %,d unread) "
                    .formatted(user[1], user[2]) + "p50 / p95 ms", times.text(), "p95 ≤ 5 ms",
                    times.p95() <= 5 ? "met" : "MISSED");
            Stopwatch.Percentiles bare = bareCount(user[0]);
            figures.add("Unread count, the same SQL alone over JDBC — " + kind + " p50 / p95 ms", bare.text(),
                    "(reference: the database's part)", "");
            figures.add("Unread count plan, " + kind, keyLines(explainUnread(user[0]), "Index Only Scan",
                    "Heap Fetches", "Buffers", "Execution Time"), "(information)", "");
        }
    }

    /** The statement of {@code NotificationStore.countUnread} on a connection of the pool, without the service. */
    private Stopwatch.Percentiles bareCount(long userId) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(UNREAD_SQL)) {
            count.setLong(1, userId);
            return Stopwatch.time(WARMUP, RUNS, () -> {
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                } catch (SQLException failed) {
                    throw new IllegalStateException(failed);
                }
            });
        }
    }

    private List<String> explainUnread(long userId) throws SQLException {
        List<String> plan;
        try (Connection connection = dataSource().getConnection();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + UNREAD_SQL)) {
            explain.setLong(1, userId);
            plan = lines(explain);
        }
        System.out.println("Unread count plan for user " + userId + " (EXPLAIN (ANALYZE, BUFFERS)):");
        plan.forEach(line -> System.out.println("    " + line));
        return plan;
    }

    // --- helpers ---

    /** The first line containing each of the words, in the plan's order, without the planner's cost estimates. */
    private static String keyLines(List<String> plan, String... words) {
        List<Integer> kept = new ArrayList<>();
        for (String word : words) {
            for (int i = 0; i < plan.size(); i++) {
                if (plan.get(i).contains(word)) {
                    if (!kept.contains(i)) {
                        kept.add(i);
                    }
                    break;
                }
            }
        }
        return kept.stream().sorted().map(i -> plan.get(i).replaceAll("\\(cost=[^)]*\\) ", "")
                .replace("->", "").strip()).collect(Collectors.joining("; "));
    }

    private static List<String> lines(PreparedStatement explain) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet result = explain.executeQuery()) {
            while (result.next()) {
                lines.add(result.getString(1));
            }
        }
        return lines;
    }

    private static OffsetDateTime at(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    private DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    private long single(String query) throws SQLException {
        return single(query, Long.class);
    }

    private <T> T single(String query, Class<T> type) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            return single(connection, query, type);
        }
    }

    private static long single(Connection connection, String query) throws SQLException {
        return single(connection, query, Long.class);
    }

    private static <T> T single(Connection connection, String query, Class<T> type) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            if (!result.next() || result.getObject(1) == null) {
                throw new IllegalStateException("No value: " + query);
            }
            return result.getObject(1, type);
        }
    }

    private static long[] range(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return new long[]{result.getLong(1), result.getLong(2)};
        }
    }

    private long[] ids(String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            execute(connection, sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int update(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
