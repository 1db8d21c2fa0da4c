package org.sovereigntywatch.benchmark;

import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The history's costs (issue 16), on PostgreSQL, with the benchmark data and five revisions of every concern and
 * measure ({@link HistoryData}): the concern register as of a past moment, an item's history, a save with history
 * against the same save with Envers' listeners off (a second application context, the two interleaved so that both
 * meet the same load on the shared cores), and what the audit tables weigh per revision.
 */
final class HistoryBenchmark {

    /** Envers' own switch: with it off the mapping and the audit reader stay, but no change is recorded. */
    static final String ENVERS_OFF = "spring.jpa.properties.hibernate.envers.autoRegisterListeners";
    private static final int WARMUP = 20;
    private static final int RUNS = 200;
    private static final long SAVE_BUDGET_NANOS = 90_000_000_000L;

    private final ConfigurableApplicationContext context;
    private final Function<Map<String, Object>, ConfigurableApplicationContext> startAnother;
    private final ImportBenchmark.Figures figures;
    private final RunAs runAs;
    private final SplittableRandom random = new SplittableRandom(16);
    private final Instant now = Instant.now();

    /** @param startAnother starts another application context on the same database, with these properties added */
    HistoryBenchmark(ConfigurableApplicationContext context,
                     Function<Map<String, Object>, ConfigurableApplicationContext> startAnother,
                     ImportBenchmark.Figures figures) {
        this.context = context;
        this.startAnother = startAnother;
        this.figures = figures;
        this.runAs = context.getBean(RunAs.class);
    }

    void run() throws SQLException {
        ensureData();
        asOfPages();
        histories();
        saves();
        sizes();
    }

    private void ensureData() throws SQLException {
        long start = System.nanoTime();
        Map<String, Integer> written = new HistoryData(dataSource()).generate();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (written.isEmpty()) {
            System.out.println("History data: already there");
            return;
        }
        StringBuilder rows = new StringBuilder();
        written.forEach((table, count) -> rows.append(rows.isEmpty() ? "" : ", ").append(table).append(' ')
                .append("%,d".formatted(count)));
        figures.add("History data generated (first revision + " + HistoryData.EDITS
                + " edits of every concern and measure)", "%.0f s; rows written: %s".formatted(seconds, rows),
                "(information)", "");
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    /**
     * A page of the register as of a moment drawn anew for each call, among the past year's edits (from 360 to 20
     * days ago), so that the revision in force is looked up each time as the page does.
     */
    private void asOfPages() {
        ConcernService concerns = context.getBean(ConcernService.class);
        ConcernFilter jurisdiction = ConcernFilter.ALL.withJurisdictions(Set.of("US"));
        Sort byReview = Sort.by(Sort.Direction.DESC, "nextReview");
        Instant middle = now.minus(180, ChronoUnit.DAYS);
        for (String user : List.of("bench-viewer", "bench-reviewer")) {
            long all = as(user, () -> concerns.count(ConcernFilter.ALL.asOf(middle)));
            long filtered = as(user, () -> concerns.count(jurisdiction.asOf(middle)));
            timed("Concerns page as of a past date, no filter, no sort (" + user + ", " + all
                    + " rows 180 days ago)", "p95 ≤ 200 ms", 200, user,
                    () -> concerns.list(ConcernFilter.ALL.asOf(moment()), PageRequest.of(page(all), 50)));
            timed("Concerns page as of a past date, jurisdiction, by next review (" + user + ", " + filtered
                            + " rows 180 days ago)", "p95 ≤ 200 ms", 200, user,
                    () -> concerns.list(jurisdiction.asOf(moment()), PageRequest.of(page(filtered), 50, byReview)));
            timed("Concerns count as of a past date, jurisdiction (" + user + ")",
                    "(information: once per filter change)", -1, user, () -> concerns.count(jurisdiction.asOf(moment())));
        }
    }

    /** The whole history of a concern or a measure drawn at random among the generated ones, as a reviewer. */
    private void histories() throws SQLException {
        ConcernService concerns = context.getBean(ConcernService.class);
        MeasureService measures = context.getBean(MeasureService.class);
        long[] concernIds = range("select min(id), max(id) from concern where title like 'Concern %'");
        long[] measureIds = range("select min(id), max(id) from policy_measure where title like 'Measure %'");
        timed("Concern history, ConcernService.history (bench-reviewer, random concern of 6 versions)",
                "p95 ≤ 50 ms", 50, "bench-reviewer", () -> concerns.history(between(concernIds)));
        timed("Measure history, MeasureService.history (bench-reviewer, random measure of 6 versions, ~10 events)",
                "p95 ≤ 50 ms", 50, "bench-reviewer", () -> measures.history(between(measureIds)));
    }

    /**
     * {@code ConcernService.update} of a concern loaded just before (untimed), its next review moved by a day, with
     * history and, in a second context on the same database, with Envers' listeners off; the two alternate.
     */
    private void saves() throws SQLException {
        List<Long> editable = ids("select id from concern where title like 'Concern %' and state <> 'ARCHIVED'");
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        long lastRevision = count("select max(id) from revision");
        int savesWith = 0;
        try (ConfigurableApplicationContext plain = startAnother.apply(Map.of(ENVERS_OFF, "false"))) {
            ConcernService recorded = context.getBean(ConcernService.class);
            ConcernService unrecorded = plain.getBean(ConcernService.class);
            RunAs plainRunAs = plain.getBean(RunAs.class);
            long deadline = System.nanoTime() + SAVE_BUDGET_NANOS;
            for (int i = 0; i < WARMUP + RUNS && (i < WARMUP + Stopwatch.MIN_RUNS || System.nanoTime() < deadline); i++) {
                // Alternate which goes first, so that neither always follows the other's writes.
                for (int turn = 0; turn < 2; turn++) {
                    boolean history = (i + turn) % 2 == 0;
                    long id = editable.get(random.nextInt(editable.size()));
                    double millis = history ? save(runAs, recorded, id) : save(plainRunAs, unrecorded, id);
                    savesWith += history ? 1 : 0;
                    if (i >= WARMUP) {
                        (history ? with : without).add(millis);
                    }
                }
            }
        }
        // Each save with history writes one revision; any more would come from the saves without.
        long revisionsWithout = count("select count(*) from revision where id > " + lastRevision) - savesWith;
        Stopwatch.Percentiles recordedTimes = Stopwatch.percentiles(with);
        Stopwatch.Percentiles plainTimes = Stopwatch.percentiles(without);
        figures.add("Concern save with history (update, one field) p50 / p95 ms", recordedTimes.text(), "(compared below)",
                "");
        figures.add("Concern save without history (Envers' listeners off, same save) p50 / p95 ms", plainTimes.text()
                + "; revisions written: " + revisionsWithout, "(reference)", "");
        double ratio = recordedTimes.p95() / plainTimes.p95();
        figures.add("Save with history ÷ save without, p95 (p50)", "%.2f (%.2f)".formatted(ratio,
                recordedTimes.p50() / plainTimes.p50()), "≤ 1.5", ratio <= 1.5 ? "met" : "MISSED");
    }

    /** One timed save of a freshly loaded concern with one field changed; the load is not timed. */
    private static double save(RunAs runAs, ConcernService concerns, long id) {
        return runAs.user("bench-reviewer", () -> {
            Concern concern = concerns.get(id);
            concern.setNextReview(java.util.Objects.requireNonNull(concern.getNextReview()).plusDays(1));
            long start = System.nanoTime();
            concerns.update(concern);
            return (System.nanoTime() - start) / 1e6;
        });
    }

    /** Each audit table's rows and bytes, and what a revision costs in all of them together. */
    private void sizes() throws SQLException {
        List<HistoryData.TableSize> sizes;
        try (Connection connection = dataSource().getConnection()) {
            sizes = HistoryData.sizes(connection);
        }
        long revisions = 0;
        long revisionBytes = 0;
        long auditRows = 0;
        long auditBytes = 0;
        for (HistoryData.TableSize size : sizes) {
            if (size.table().equals("revision")) {
                revisions = size.rows();
                revisionBytes = size.bytes();
            } else {
                auditRows += size.rows();
                auditBytes += size.bytes();
            }
            figures.add("History size: " + size.table(), "%,d rows, %.1f MB, %.0f bytes per row".formatted(size.rows(),
                    size.bytes() / 1e6, size.bytesPerRow()), "(information)", "");
        }
        figures.add("History size: every audit table", "%,d rows, %.1f MB, %.0f bytes per audit row".formatted(
                auditRows, auditBytes / 1e6, auditRows == 0 ? 0.0 : (double) auditBytes / auditRows), "(information)", "");
        figures.add("History size: audit tables and revisions, per revision", "%.0f bytes (%.1f MB over %,d revisions)"
                        .formatted(revisions == 0 ? 0.0 : (double) (auditBytes + revisionBytes) / revisions,
                                (auditBytes + revisionBytes) / 1e6, revisions), "(information)", "");
    }

    // --- helpers ---

    private void timed(String name, String target, double limitMs, String user, Runnable work) {
        Stopwatch.Percentiles times = as(user, () -> Stopwatch.time(WARMUP, RUNS, work));
        figures.add(name + " p50 / p95 ms", times.text(), target,
                limitMs < 0 ? "" : times.p95() <= limitMs ? "met" : "MISSED");
    }

    /** A moment among the past year's edits: from 360 to 20 days ago. */
    private Instant moment() {
        return now.minus(20, ChronoUnit.DAYS).minusSeconds(random.nextLong(340L * 24 * 3600));
    }

    /** A page among those the rows fill, as {@code Benchmarks} draws them: mostly the first ten. */
    private int page(long rows) {
        int pages = (int) Math.max(1, (rows + 49) / 50);
        return random.nextInt(10) < 8 ? random.nextInt(Math.min(10, pages)) : random.nextInt(Math.min(200, pages));
    }

    private long between(long[] range) {
        return range[0] + random.nextLong(range[1] - range[0] + 1);
    }

    private <T> T as(String user, Supplier<T> work) {
        return runAs.user(user, work);
    }

    private DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    private long[] range(String query) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return new long[]{result.getLong(1), result.getLong(2)};
        }
    }

    private List<Long> ids(String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    private long count(String query) throws SQLException {
        return range("select (" + query + "), 0")[0];
    }
}
