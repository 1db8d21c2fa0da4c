package org.sovereigntywatch.benchmark;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import org.postgresql.PGConnection;
import org.sovereigntywatch.Application;
import org.sovereigntywatch.KaribuLogin;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.importing.ImportService;
import org.sovereigntywatch.dashboard.ui.DashboardView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark runner: starts the application on the benchmark database (generating the data once), measures grid
 * pages, the dashboard, the events CSV beside the database's own export, memory per UI session, the history (the
 * register as of a past date, an item's history, a save with and without it, the audit tables' size), the
 * notifications (a fan-out to a thousand watchers, the bell's unread count, their daily digest) and the production jar's start, and
 * prints a table of figures against the targets. Not part of the test run:
 * {@code ./mvnw -Pbenchmark verify [-Dbenchmark.db=postgres]}, see docs/benchmarks.md.
 */
public final class Benchmarks {

    static final int MEASURES = 100_000;
    static final int EVENTS_PER_MEASURE = 10;
    static final int CONCERNS = 100_000;
    /** The events with their measure's columns, in the order of the application's unsorted export: by id. */
    static final String NATIVE_PLAIN = """
            select e.id, e.period_start, e.period_end, e.date_precision, e.expected, e.action, e.summary, m.id,
                   m.title, j.code, m.policy_area, m.instrument, m.binding, m.state
            from policy_event e join policy_measure m on m.id = e.measure_id join jurisdiction j on j.id = m.jurisdiction_id
            order by e.id""";

    private final List<String[]> results = new ArrayList<>();
    private final BenchmarkDatabase database;
    private final ConfigurableApplicationContext context;
    private final RunAs runAs;
    private final SplittableRandom random = new SplittableRandom(7);

    private Benchmarks(BenchmarkDatabase database, ConfigurableApplicationContext context) {
        this.database = database;
        this.context = context;
        this.runAs = context.getBean(RunAs.class);
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabase database = BenchmarkDatabase.of(args.length > 0 ? args[0] : "h2");
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
        int sessions = Integer.getInteger("benchmark.sessions", 50);
        System.out.printf("Sovereignty Watch benchmarks on %s (scale %.2f), Java %s, %d cores, max heap %d MB%n",
                database.name(), scale, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        ConfigurableApplicationContext context = start(database, Map.of());
        Benchmarks benchmarks = new Benchmarks(database, context);
        // -Dbenchmark.only=grids,dashboard,export,api,sessions,history,notifications,import,startup measures some parts
        // only.
        Set<String> parts = Set.of(System.getProperty("benchmark.only",
                "grids,dashboard,export,api,sessions,history,notifications,import,startup").split(","));
        try {
            benchmarks.ensureData((int) (MEASURES * scale), (int) (CONCERNS * scale));
            if (parts.contains("grids")) {
                benchmarks.gridPages();
            }
            if (parts.contains("dashboard")) {
                benchmarks.dashboard();
            }
            if (parts.contains("export")) {
                benchmarks.csvExport();
            }
            if (parts.contains("api")) {
                new ApiBenchmark(context, benchmarks::add).run();
            }
            if (parts.contains("sessions")) {
                benchmarks.sessions(sessions);
            }
            if (parts.contains("history")) {
                benchmarks.history();
            }
            if (parts.contains("notifications")) {
                benchmarks.notifications();
            }
            if (parts.contains("import")) {
                benchmarks.imports(Integer.getInteger("benchmark.import.rows", 100_000));
            }
        } finally {
            context.close();
        }
        if (parts.contains("startup")) {
            benchmarks.startup(Path.of("target/sovereignty-watch-0.1.0-SNAPSHOT.jar"));
        }
        benchmarks.print();
    }

    /** The application on the benchmark database, without demo data, with these properties added. */
    private static ConfigurableApplicationContext start(BenchmarkDatabase database, Map<String, Object> extra) {
        // As command-line arguments: they take precedence over application.properties, default properties do not.
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.putAll(Map.of("sovereigntywatch.demo-data", "false", "sovereigntywatch.admin.password",
                "benchmark admin password", "server.port", "0", "spring.main.banner-mode", "off",
                "logging.level.root", "WARN", "vaadin.launch-browser", "false",
                // The dashboard's figures as computed, not as kept for the next caller.
                "sovereigntywatch.dashboard.figures-max-age", "0s",
                // The API's pages timed back to back, not throttled as one script would be.
                "sovereigntywatch.api.requests-per-minute", "1000000000"));
        properties.putAll(extra);
        return new SpringApplicationBuilder(Application.class)
                .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new));
    }

    /** The history's costs: see {@link HistoryBenchmark}. PostgreSQL only, as its data is written in its SQL. */
    private void history() throws SQLException {
        if (!database.postgres()) {
            add("History", "not measured on H2: its data is generated in PostgreSQL's SQL", "", "");
            return;
        }
        new HistoryBenchmark(context, extra -> start(database, extra), this::add).run();
    }

    /**
     * The notifications' fan-out and unread count, and the daily digest: see {@link NotificationBenchmark} and
     * {@link DigestBenchmark}. PostgreSQL only, likewise.
     */
    private void notifications() throws Exception {
        if (!database.postgres()) {
            add("Notifications", "not measured on H2: its data is generated in PostgreSQL's SQL", "", "");
            return;
        }
        new NotificationBenchmark(context, this::add).run();
        new DigestBenchmark(extra -> start(database, extra), this::add).run();
    }

    private void ensureData(int measures, int concerns) throws SQLException {
        long existing = count("select count(*) from policy_measure where title like 'Measure %'");
        if (existing >= measures) {
            System.out.printf("Data: %,d measures already there%n", existing);
        } else {
            long start = System.nanoTime();
            new DataGenerator(context.getBean(DataSource.class), context.getBean(PasswordEncoder.class))
                    .generate(measures - (int) existing, EVENTS_PER_MEASURE, concerns);
            System.out.printf("Data: generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("Data: %,d jurisdictions, %,d platforms, %,d measures, %,d events, %,d concerns, "
                        + "%,d concern sources, %,d event sources, %,d measure links%n",
                count("select count(*) from jurisdiction"), count("select count(*) from platform"),
                count("select count(*) from policy_measure"), count("select count(*) from policy_event"),
                count("select count(*) from concern"), count("select count(*) from concern_source"),
                count("select count(*) from policy_event_source"), count("select count(*) from measure_link"));
        if (database.postgres()) {
            try (Connection connection = context.getBean(DataSource.class).getConnection();
                 Statement statement = connection.createStatement()) {
                // What autovacuum does to a database in use: statistics for the planner, and the visibility map
                // without which every index-only scan still visits the table.
                statement.execute("vacuum analyze");
            }
        }
    }

    private void gridPages() {
        ConcernService concerns = context.getBean(ConcernService.class);
        EventService events = context.getBean(EventService.class);
        ConcernFilter concernFilter = ConcernFilter.ALL.withJurisdictions(Set.of("US")).withLevel(RiskLevel.HIGH);
        EventFilter eventFilter = EventFilter.ALL.withJurisdictions(Set.of("US"))
                .between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
        Sort byReview = Sort.by(Sort.Direction.DESC, "nextReview");
        Sort byDate = Sort.by(Sort.Direction.DESC, "periodStart");
        String count = "(information: once per filter change)";
        for (String user : List.of("bench-viewer", "bench-reviewer")) {
            long allConcerns = as(user, () -> concerns.count(ConcernFilter.ALL));
            long filteredConcerns = as(user, () -> concerns.count(concernFilter));
            long allEvents = as(user, () -> events.count(EventFilter.ALL));
            long filteredEvents = as(user, () -> events.count(eventFilter));
            timed("Concerns page, no filter, no sort (" + user + ", " + allConcerns + " rows)", "p95 ≤ 50 ms", 50,
                    user, () -> concerns.list(ConcernFilter.ALL, PageRequest.of(page(allConcerns), 50)));
            timed("Concerns page, jurisdiction + level, by next review (" + user + ", " + filteredConcerns + " rows)",
                    "p95 ≤ 50 ms", 50, user,
                    () -> concerns.list(concernFilter, PageRequest.of(page(filteredConcerns), 50, byReview)));
            timed("Concerns count, jurisdiction + level (" + user + ")", count, -1, user,
                    () -> concerns.count(concernFilter));
            timed("Events page, no filter, no sort (" + user + ", " + allEvents + " rows)", "p95 ≤ 50 ms", 50, user,
                    () -> events.list(EventFilter.ALL, PageRequest.of(page(allEvents), 50)));
            timed("Events page, jurisdiction + dates, by date (" + user + ", " + filteredEvents + " rows)",
                    "p95 ≤ 50 ms", 50, user,
                    () -> events.list(eventFilter, PageRequest.of(page(filteredEvents), 50, byDate)));
            timed("Events count, jurisdiction + dates (" + user + ")", count, -1, user, () -> events.count(eventFilter));
        }
        timed("Concerns page, free-text search, by title (bench-reviewer)", "(no target)", -1, "bench-reviewer",
                () -> concerns.list(ConcernFilter.ALL.withText("court order"), PageRequest.of(0, 50, Sort.by("title"))));
    }

    /** Imports of a timeline file: see {@link ImportBenchmark}. */
    private void imports(int rows) throws Exception {
        List<String> platformNames = new ArrayList<>();
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("select name from platform order by id")) {
            while (names.next()) {
                platformNames.add(names.getString(1));
            }
        }
        new ImportBenchmark(context.getBean(ImportService.class), platformNames, this::add, this::as,
                this::checkpoint, rows).run();
    }

    /**
     * On PostgreSQL, writes out what earlier phases left in memory, so that a timed phase does not pay for the data
     * generator's writes or the previous import's: without it the same commit took from 10 to 13 s.
     */
    private void checkpoint() {
        if (!database.postgres()) {
            return;
        }
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void dashboard() {
        DashboardService dashboards = context.getBean(DashboardService.class);
        for (String user : List.of("bench-viewer", "bench-reviewer")) {
            timed("Dashboard load, all figures (" + user + ")", "p95 ≤ 300 ms", 300, user, dashboards::load);
        }
    }

    private void csvExport() throws Exception {
        EventService events = context.getBean(EventService.class);
        Path file = Files.createTempFile("sw-events", ".csv");
        Path nativeFile = Files.createTempFile("sw-events-native", ".csv");
        try {
            long rows = 0;
            double seconds = 0;
            long liveGrowth = 0;
            long sampledGrowth = 0;
            // A warm-up run, a timed run, then a run that forces full collections to see what the export keeps.
            for (int run = 0; run < 3; run++) {
                boolean measureLiveHeap = run == 2;
                try (HeapWatch heap = new HeapWatch(measureLiveHeap);
                     OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    long start = System.nanoTime();
                    long written = as("bench-reviewer", () -> export(events, out));
                    if (measureLiveHeap) {
                        liveGrowth = heap.liveGrowthBytes();
                    } else {
                        rows = written;
                        seconds = (System.nanoTime() - start) / 1e9;
                        sampledGrowth = heap.sampledGrowthBytes();
                    }
                }
            }
            double rate = rows / seconds;
            add("CSV export of all events: rows", "%,d rows, %.1f MB".formatted(rows, Files.size(file) / 1e6),
                    "1,000,000", rows >= 900_000 ? "ok" : "fewer rows");
            add("CSV export: rows per second", "%,.0f (%.1f s)".formatted(rate, seconds), "≥ 300,000",
                    rate >= 300_000 ? "met" : "MISSED");
            String nativeName = database.postgres() ? "COPY … TO STDOUT" : "CSVWRITE";
            double complete = timedNativeExport(nativeName + ", every column of the file", nativeComplete(), nativeFile);
            add("CSV export time ÷ native export time, same columns", "%.2f".formatted(seconds / complete), "≤ 1.5",
                    seconds / complete <= 1.5 ? "met" : "MISSED");
            double plain = timedNativeExport(nativeName + ", without the platforms and sources", NATIVE_PLAIN,
                    nativeFile);
            add("CSV export time ÷ native export time without the lists", "%.2f".formatted(seconds / plain),
                    "(information)", "");
            add("CSV export: live heap growth (peak after full GCs every 200 ms)", "%.1f MB".formatted(liveGrowth / 1e6),
                    "≤ 64 MB",
                    liveGrowth <= 64e6 ? "met" : "MISSED");
            add("CSV export: sampled heap growth, garbage included", "%.1f MB".formatted(sampledGrowth / 1e6),
                    "(information)", "");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(nativeFile);
        }
    }

    private static long export(EventService events, OutputStream out) {
        try {
            return events.exportCsv(EventFilter.ALL, Sort.unsorted(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a native export and adds its figures; returns how long it took, in seconds. */
    private double timedNativeExport(String name, String select, Path file) throws SQLException, IOException {
        long start = System.nanoTime();
        long rows = nativeExport(select, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        add("Native export (" + name + ")", "%,.0f rows/s (%.1f s, %,d rows, %.1f MB)".formatted(rows / seconds,
                seconds, rows, Files.size(file) / 1e6), "(reference)", "");
        return seconds;
    }

    /**
     * The same rows with every column of the application's file: also the measure's platforms and the event's
     * sources, joined with {@code |} as the application joins them, each list aggregated once by a {@code group by}.
     */
    private String nativeComplete() {
        String platforms = aggregate("p.name");
        String sources = aggregate("s.url");
        return """
                with platforms as (select mp.measure_id, %s names from policy_measure_platform mp
                                   join platform p on p.id = mp.platform_id group by mp.measure_id),
                     sources as (select es.event_id, %s urls from policy_event_source es
                                 join source s on s.id = es.source_id group by es.event_id)
                select e.id, e.period_start, e.date_precision, e.period_end, e.expected, e.action, e.summary, m.id,
                       m.title, j.code, pl.names, m.policy_area, m.instrument, m.binding, m.state, so.urls
                from policy_event e join policy_measure m on m.id = e.measure_id
                     join jurisdiction j on j.id = m.jurisdiction_id
                     left join platforms pl on pl.measure_id = m.id left join sources so on so.event_id = e.id
                order by e.id""".formatted(platforms, sources);
    }

    private String aggregate(String column) {
        return database.postgres() ? "string_agg(%1$s, '|' order by %1$s)".formatted(column)
                : "listagg(%1$s, '|') within group (order by %1$s)".formatted(column);
    }

    /** The database writes the rows of this query as CSV itself: {@code COPY … TO STDOUT} or {@code CSVWRITE}. */
    private long nativeExport(String select, Path file) throws SQLException, IOException {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            if (database.postgres()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    return connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyOut("copy (" + select + ") to stdout with (format csv, header)", out);
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("call csvwrite('" + file + "', '"
                         + select.replace("'", "''") + "', 'charset=UTF-8')")) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** N signed-in sessions, each with the dashboard and the concern register (its first page of rows) open. */
    private void sessions(int count) throws Exception {
        MockSpringServlet servlet = new MockSpringServlet(KaribuTest.ROUTES, context, UI::new);
        KaribuLogin login = new KaribuLogin(context.getBean(UserDetailsService.class),
                context.getBean(SecurityContextHolderStrategy.class));
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            openSession(servlet, login, new ArrayList<>());
        }
        MockVaadin.tearDown();
        long before = HeapWatch.liveHeap();
        for (int i = 0; i < count; i++) {
            openSession(servlet, login, kept);
        }
        long after = HeapWatch.liveHeap();
        double perSession = (after - before) / 1024.0 / count;
        add("Memory per UI session (dashboard + concerns grid), " + count + " sessions",
                "%.0f KB (live heap %.0f → %.0f MB)".formatted(perSession, before / 1e6, after / 1e6), "≤ 300 KB",
                perSession <= 300 ? "met" : "MISSED");
        login.logout();
        MockVaadin.tearDown();
        kept.clear();
    }

    private static void openSession(MockSpringServlet servlet, KaribuLogin login, List<Object> kept) {
        MockVaadin.setup(UI::new, servlet);
        login.login("bench-viewer");
        UI ui = UI.getCurrent();
        respond(ui);
        ui.navigate(DashboardView.class);
        // The view itself (the UI's first child is the main layout, which stays attached anyway).
        kept.add(LocatorJ._get(DashboardView.class));
        respond(ui);
        ui.navigate(ConcernsView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) LocatorJ._get(Grid.class);
        grid.getDataCommunicator().setViewportRange(0, 50);
        respond(ui);
        kept.add(VaadinSession.getCurrent());
        kept.add(ui);
    }

    /**
     * The end of a request. Karibu runs what precedes a response but never writes one, and writing it is what clears
     * the changes each node has pending for the browser: left uncleared, they pile up, and would even keep the
     * detached dashboard's nodes reachable through them.
     */
    private static void respond(UI ui) {
        MockVaadin.clientRoundtrip(false);
        ui.getInternals().getStateTree().collectChanges(change -> {
        });
    }

    /**
     * Starts the production jar on the same database three times and reads how long it took to be ready: as built,
     * then extracted with a JDK AOT cache, as the README's "Faster start" starts it in production.
     */
    private void startup(Path builtJar) throws Exception {
        Path jar = builtJar.toAbsolutePath();
        if (!Files.exists(jar)) {
            add("Production jar start to ready", "jar missing: run ./mvnw -Pbenchmark verify", "≤ 10 s", "");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        startupMedian("java -jar", jar.getParent(), List.of(java, "-jar", jar.toString()));

        Path extracted = jar.resolveSibling("benchmark-app");
        run(jar.getParent(), List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--destination", extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path cache = extracted.resolve("app.aot");
        run(extracted, withApplicationArguments(List.of(java, "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString())));
        startupMedian("extracted, with the JDK's AOT cache", extracted,
                List.of(java, "-XX:AOTCache=" + cache, "-jar", extractedJar.toString()));
    }

    private void startupMedian(String how, Path directory, List<String> javaCommand) throws IOException,
            InterruptedException {
        List<Double> wall = new ArrayList<>();
        List<Double> reported = new ArrayList<>();
        Pattern started = Pattern.compile("Started Application in ([0-9.]+) seconds");
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(withApplicationArguments(javaCommand)).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    Matcher matcher = started.matcher(line);
                    if (matcher.find()) {
                        wall.add((System.nanoTime() - start) / 1e9);
                        reported.add(Double.parseDouble(matcher.group(1)));
                        break;
                    }
                }
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        String name = "Production jar start to ready, " + how + " (process start → \"Started\", median of 3)";
        if (wall.size() < 3) {
            add(name, "did not start", "≤ 10 s", "MISSED");
            return;
        }
        wall.sort(Double::compare);
        reported.sort(Double::compare);
        double median = wall.get(1);
        add(name, "%.1f s (Spring's own figure %.1f s)".formatted(median, reported.get(1)), "≤ 10 s",
                median <= 10 ? "met" : "MISSED");
    }

    /** The command with the arguments that start the application on the benchmark database without demo data. */
    private List<String> withApplicationArguments(List<String> javaCommand) {
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of("--server.port=0", "--sovereigntywatch.demo-data=false",
                "--sovereigntywatch.admin.password=benchmark admin password"));
        database.properties().forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    /** Runs a command to its end, failing if it fails. */
    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }

    // --- helpers ---

    private void timed(String name, String target, double limitMs, String user, Runnable work) {
        Stopwatch.Percentiles times = as(user, () -> Stopwatch.time(20, 200, work));
        add(name + " p50 / p95 ms", times.text(), target,
                limitMs < 0 ? "" : times.p95() <= limitMs ? "met" : "MISSED");
    }

    /**
     * A page the user might scroll to, among those the rows fill (a grid never asks past its count): mostly among the
     * first ten, sometimes up to two hundred pages (ten thousand rows) down.
     */
    private int page(long rows) {
        int pages = (int) Math.max(1, (rows + 49) / 50);
        return random.nextInt(10) < 8 ? random.nextInt(Math.min(10, pages)) : random.nextInt(Math.min(200, pages));
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.user(username, work);
    }

    private long count(String query) throws SQLException {
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void add(String name, String value, String target, String verdict) {
        results.add(new String[]{name, value, target, verdict});
        System.out.printf("  %s: %s (target %s) %s%n", name, value, target, verdict);
    }

    private void print() throws IOException {
        StringBuilder table = new StringBuilder("| measure | result | target | |\n|---|---|---|---|\n");
        results.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
        System.out.println();
        System.out.println("Results on " + database.name() + " (" + ManagementFactory.getRuntimeMXBean().getVmName()
                + " " + System.getProperty("java.version") + "):");
        System.out.print(table);
        Path report = Path.of("target", "benchmark-" + (database.postgres() ? "postgres" : "h2") + ".md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
        System.out.println("Written to " + report);
    }
}
