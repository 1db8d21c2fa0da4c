package org.sovereigntywatch.benchmark;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the database with realistic synthetic data for the benchmarks, through batched JDBC inserts: every
 * jurisdiction the application seeded, {@value #PLATFORMS} platforms, measures with about ten dated events each
 * (a mix of precisions, expected and happened), links between measures and to concerns, concerns with sources, and a
 * mix of publication states. A fixed seed makes every run produce the same data.
 * <p>
 * It writes the tables directly, as the benchmark needs millions of rows in minutes; the values respect every rule
 * the services enforce (score = likelihood × impact, period end from the precision, a measure's current status from
 * its latest happened event), so the application reads them as its own.
 */
final class DataGenerator {

    static final int PLATFORMS = 50;
    static final int SOURCES = 2000;
    static final String[] USERS = {"bench-viewer", "bench-analyst", "bench-reviewer"};
    static final String[] ROLES = {"VIEWER", "ANALYST", "REVIEWER"};

    private static final int CHUNK = 1000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2028, 12, 31));
    private static final String[] STATES = {"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED",
            "PUBLISHED", "DRAFT", "DRAFT", "IN_REVIEW", "ARCHIVED"};
    private static final String[] AREAS = {"NATIONAL_SECURITY", "DATA_PROTECTION", "CONTENT_MODERATION",
            "MINORS_PROTECTION", "COMPETITION", "TRADE_INVESTMENT", "OTHER"};
    private static final String[] INSTRUMENTS = {"LAW", "EXECUTIVE_ORDER", "REGULATION", "COURT_CASE",
            "GOVERNMENT_DEVICE_BAN", "APP_STORE_REMOVAL", "NETWORK_BLOCK", "FINE", "INVESTIGATION",
            "DIVESTITURE_ORDER", "OTHER"};
    private static final String[] ACTIONS = {"ANNOUNCED", "INTRODUCED", "ADOPTED", "SIGNED", "IN_FORCE", "HEARING",
            "RULING", "INJUNCTION", "APPEAL", "POSTPONED", "SUSPENDED", "LIFTED", "REPEALED", "DEADLINE",
            "INVESTIGATION", "MARKET_EVENT"};
    private static final String[] CATEGORIES = {"STATE_ACCESS", "CROSS_BORDER_TRANSFER", "DATA_LOCALISATION",
            "SURVEILLANCE", "CONTENT_MANIPULATION", "MINORS_DATA", "OTHER"};
    private static final String[] CLAIMS = {"UNVERIFIED", "DISPUTED", "VERIFIED", "REFUTED"};
    private static final String[] CONFIDENCE = {"LOW", "MEDIUM", "HIGH"};
    private static final String[] TREATMENTS = {"OPEN", "OPEN", "MONITORING", "MITIGATED", "ACCEPTED", "CLOSED"};
    private static final String[] LINKS = {"SUPERSEDES", "AMENDS", "REPEALS", "CHALLENGES"};
    private static final String[] WORDS = {"data", "access", "ban", "storage", "app", "users", "court", "order",
            "security", "transfer", "minors", "store", "government", "platform", "law", "review", "cloud", "export"};

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final SplittableRandom random = new SplittableRandom(20250119);
    private final LocalDate today = LocalDate.now();
    private final Instant now = Instant.now();

    DataGenerator(DataSource dataSource, PasswordEncoder passwordEncoder) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
    }

    /** Adds {@code measures} measures with {@code eventsPerMeasure} events on average, and {@code concerns} concerns. */
    void generate(int measures, int eventsPerMeasure, int concerns) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long[] jurisdictions = ids(connection, "select id from jurisdiction where level <> 'SUBNATIONAL' order by id");
            long[] platforms = platforms(connection);
            long[] owners = users(connection);
            long[] sources = sources(connection);
            long firstMeasure = nextId(connection, "policy_measure");
            long firstEvent = nextId(connection, "policy_event");
            long nextEvent = firstEvent;
            for (long start = firstMeasure; start < firstMeasure + measures; start += CHUNK) {
                long end = Math.min(start + CHUNK, firstMeasure + measures);
                nextEvent = measuresAndEvents(connection, start, end, nextEvent, eventsPerMeasure, jurisdictions,
                        platforms, sources);
                connection.commit();
            }
            links(connection, firstMeasure, measures);
            long firstConcern = nextId(connection, "concern");
            for (long start = firstConcern; start < firstConcern + concerns; start += CHUNK) {
                concerns(connection, start, Math.min(start + CHUNK, firstConcern + concerns), jurisdictions, platforms,
                        owners, sources, firstMeasure, measures);
                connection.commit();
            }
            for (String table : List.of("policy_measure", "policy_event", "concern", "source", "measure_link",
                    "platform", "app_user")) {
                continueIds(connection, table);
            }
            connection.commit();
        }
    }

    private long measuresAndEvents(Connection connection, long first, long end, long nextEvent, int eventsPerMeasure,
                                   long[] jurisdictions, long[] platforms, long[] sources) throws SQLException {
        try (PreparedStatement measure = connection.prepareStatement("""
                insert into policy_measure (id, title, jurisdiction_id, policy_area, instrument, binding, summary,
                    current_action, current_since, current_since_precision, state, version, created_by, created_at,
                    modified_by, modified_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'bench-analyst', ?, 'bench-reviewer', ?)""");
             PreparedStatement platform = connection.prepareStatement(
                     "insert into policy_measure_platform (measure_id, platform_id) values (?, ?)");
             PreparedStatement event = connection.prepareStatement("""
                     insert into policy_event (id, measure_id, period_start, period_end, date_precision, expected,
                         action, summary, version, created_by, created_at, modified_by, modified_at)
                     values (?, ?, ?, ?, ?, ?, ?, ?, 0, 'bench-analyst', ?, 'bench-analyst', ?)""");
             PreparedStatement eventSource = connection.prepareStatement(
                     "insert into policy_event_source (event_id, source_id) values (?, ?)")) {
            for (long id = first; id < end; id++) {
                // The events first: the measure's current status is its latest happened one.
                LocalDate latestHappened = null;
                String currentAction = null;
                String currentPrecision = null;
                int count = 1 + random.nextInt(2 * eventsPerMeasure - 1);
                for (int i = 0; i < count; i++) {
                    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
                    int precisionRoll = random.nextInt(100);
                    String precision = precisionRoll < 80 ? "DAY" : precisionRoll < 95 ? "MONTH" : "YEAR";
                    LocalDate start = switch (precision) {
                        case "MONTH" -> day.withDayOfMonth(1);
                        case "YEAR" -> day.withDayOfYear(1);
                        default -> day;
                    };
                    LocalDate periodEnd = switch (precision) {
                        case "MONTH" -> start.plusMonths(1).minusDays(1);
                        case "YEAR" -> start.plusYears(1).minusDays(1);
                        default -> start;
                    };
                    boolean expected = start.isAfter(today);
                    String action = ACTIONS[random.nextInt(ACTIONS.length)];
                    if (!expected && (latestHappened == null || start.isAfter(latestHappened))) {
                        latestHappened = start;
                        currentAction = action;
                        currentPrecision = precision;
                    }
                    event.setLong(1, nextEvent);
                    event.setLong(2, id);
                    event.setDate(3, Date.valueOf(start));
                    event.setDate(4, Date.valueOf(periodEnd));
                    event.setString(5, precision);
                    event.setBoolean(6, expected);
                    event.setString(7, action);
                    event.setString(8, sentence(8) + " (" + action.toLowerCase() + ")");
                    event.setTimestamp(9, Timestamp.from(now));
                    event.setTimestamp(10, Timestamp.from(now));
                    event.addBatch();
                    if (random.nextInt(10) < 3) {
                        eventSource.setLong(1, nextEvent);
                        eventSource.setLong(2, sources[random.nextInt(sources.length)]);
                        eventSource.addBatch();
                    }
                    nextEvent++;
                }
                Instant changed = now.minus(random.nextInt(730), ChronoUnit.DAYS);
                measure.setLong(1, id);
                measure.setString(2, "Measure " + id + ": " + sentence(5));
                measure.setLong(3, pick(jurisdictions));
                measure.setString(4, AREAS[random.nextInt(AREAS.length)]);
                measure.setString(5, INSTRUMENTS[random.nextInt(INSTRUMENTS.length)]);
                measure.setBoolean(6, random.nextInt(5) > 0);
                measure.setString(7, sentence(20));
                measure.setString(8, currentAction);
                measure.setDate(9, latestHappened == null ? null : Date.valueOf(latestHappened));
                measure.setString(10, currentPrecision);
                measure.setString(11, STATES[random.nextInt(STATES.length)]);
                measure.setTimestamp(12, Timestamp.from(changed));
                measure.setTimestamp(13, Timestamp.from(changed));
                measure.addBatch();
                int first2 = random.nextInt(platforms.length);
                platform.setLong(1, id);
                platform.setLong(2, platforms[first2]);
                platform.addBatch();
                if (random.nextBoolean()) {
                    platform.setLong(1, id);
                    platform.setLong(2, platforms[(first2 + 1 + random.nextInt(platforms.length - 1)) % platforms.length]);
                    platform.addBatch();
                }
            }
            measure.executeBatch();
            platform.executeBatch();
            event.executeBatch();
            eventSource.executeBatch();
        }
        return nextEvent;
    }

    private void links(Connection connection, long firstMeasure, int measures) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement(
                "insert into measure_link (from_measure_id, to_measure_id, link_type) values (?, ?, ?)")) {
            for (int i = 0; i < measures / 10; i++) {
                long from = firstMeasure + i * 10L;
                link.setLong(1, from);
                link.setLong(2, from + 1 + random.nextInt(9));
                link.setString(3, LINKS[random.nextInt(LINKS.length)]);
                link.addBatch();
            }
            link.executeBatch();
            connection.commit();
        }
    }

    private void concerns(Connection connection, long first, long end, long[] jurisdictions, long[] platforms,
                          long[] owners, long[] sources, long firstMeasure, int measures) throws SQLException {
        try (PreparedStatement concern = connection.prepareStatement("""
                insert into concern (id, title, platform_id, affected_jurisdiction_id, accessing_jurisdiction_id,
                    category, description, platform_claim, claim_status, likelihood, impact, score, confidence,
                    treatment_status, owner_id, next_review, state, version, created_by, created_at, modified_by,
                    modified_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'bench-analyst', ?, 'bench-reviewer', ?)""");
             PreparedStatement source = connection.prepareStatement(
                     "insert into concern_source (concern_id, source_id) values (?, ?)");
             PreparedStatement measure = connection.prepareStatement(
                     "insert into measure_concern (measure_id, concern_id) values (?, ?)")) {
            for (long id = first; id < end; id++) {
                int likelihood = 1 + random.nextInt(5);
                int impact = 1 + random.nextInt(5);
                Instant changed = now.minus(random.nextInt(730), ChronoUnit.DAYS);
                concern.setLong(1, id);
                concern.setString(2, "Concern " + id + ": " + sentence(6));
                concern.setLong(3, platforms[random.nextInt(platforms.length)]);
                concern.setLong(4, pick(jurisdictions));
                concern.setLong(5, pick(jurisdictions));
                concern.setString(6, CATEGORIES[random.nextInt(CATEGORIES.length)]);
                concern.setString(7, sentence(30));
                concern.setString(8, random.nextBoolean() ? sentence(12) : null);
                concern.setString(9, CLAIMS[random.nextInt(CLAIMS.length)]);
                concern.setInt(10, likelihood);
                concern.setInt(11, impact);
                concern.setInt(12, likelihood * impact);
                concern.setString(13, CONFIDENCE[random.nextInt(CONFIDENCE.length)]);
                concern.setString(14, TREATMENTS[random.nextInt(TREATMENTS.length)]);
                concern.setLong(15, owners[random.nextInt(owners.length)]);
                concern.setDate(16, Date.valueOf(today.plusDays(random.nextInt(800) - 400)));
                concern.setString(17, STATES[random.nextInt(STATES.length)]);
                concern.setTimestamp(18, Timestamp.from(changed));
                concern.setTimestamp(19, Timestamp.from(changed));
                concern.addBatch();
                int first2 = random.nextInt(sources.length);
                source.setLong(1, id);
                source.setLong(2, sources[first2]);
                source.addBatch();
                if (random.nextBoolean()) {
                    source.setLong(1, id);
                    source.setLong(2, sources[(first2 + 1 + random.nextInt(sources.length - 1)) % sources.length]);
                    source.addBatch();
                }
                if (random.nextInt(5) == 0) {
                    measure.setLong(1, firstMeasure + random.nextInt(measures));
                    measure.setLong(2, id);
                    measure.addBatch();
                }
            }
            concern.executeBatch();
            source.executeBatch();
            measure.executeBatch();
        }
    }

    private long[] platforms(Connection connection) throws SQLException {
        long next = nextId(connection, "platform");
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into platform (id, name, operator_company, version, created_by, created_at, modified_by, modified_at)
                values (?, ?, ?, 0, 'system', ?, 'system', ?)""")) {
            for (int i = 1; i <= PLATFORMS; i++) {
                String name = "Bench platform %02d".formatted(i);
                if (ids(connection, "select id from platform where name = '" + name + "'").length == 0) {
                    insert.setLong(1, next++);
                    insert.setString(2, name);
                    insert.setString(3, "Bench operator " + i);
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return ids(connection, "select id from platform where name like 'Bench platform %' order by id");
    }

    private long[] users(Connection connection) throws SQLException {
        long next = nextId(connection, "app_user");
        String hash = passwordEncoder.encode("bench-password-not-for-sign-in");
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into app_user (id, username, display_name, password_hash, role, enabled, version, created_by,
                    created_at, modified_by, modified_at)
                values (?, ?, ?, ?, ?, true, 0, 'system', ?, 'system', ?)""")) {
            for (int i = 0; i < USERS.length; i++) {
                if (ids(connection, "select id from app_user where username = '" + USERS[i] + "'").length == 0) {
                    insert.setLong(1, next++);
                    insert.setString(2, USERS[i]);
                    insert.setString(3, "Bench " + ROLES[i].toLowerCase());
                    insert.setString(4, hash);
                    insert.setString(5, ROLES[i]);
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.setTimestamp(7, Timestamp.from(now));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return ids(connection, "select id from app_user where username like 'bench-%' order by id");
    }

    private long[] sources(Connection connection) throws SQLException {
        long next = nextId(connection, "source");
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into source (id, publisher, title, url, published_on, language, quote, version, created_by,
                    created_at, modified_by, modified_at)
                values (?, ?, ?, ?, ?, 'en', ?, 0, 'bench-analyst', ?, 'bench-analyst', ?)""")) {
            for (int i = 0; i < SOURCES; i++) {
                insert.setLong(1, next + i);
                insert.setString(2, "Bench publisher " + (i % 40));
                insert.setString(3, sentence(7));
                insert.setString(4, "https://bench.example/articles/" + (next + i));
                insert.setDate(5, Date.valueOf(FIRST_DAY.plusDays(random.nextInt(5000))));
                insert.setString(6, sentence(15));
                insert.setTimestamp(7, Timestamp.from(now));
                insert.setTimestamp(8, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        return ids(connection, "select id from source where url like 'https://bench.example/%' order by id");
    }

    /** A jurisdiction, weighted so that a few large ones get most of the records, as in real life. */
    private long pick(long[] jurisdictions) {
        return random.nextInt(3) == 0 ? jurisdictions[random.nextInt(Math.min(12, jurisdictions.length))]
                : jurisdictions[random.nextInt(jurisdictions.length)];
    }

    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    private static long[] ids(Connection connection, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Makes the table's ids continue after the ids written here: from its sequence (V14), or, for a table that still
     * has an identity column, from that.
     */
    private static void continueIds(Connection connection, String table) throws SQLException {
        long next = nextId(connection, table);
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            statement.execute(!table.equals("measure_link") ? "alter sequence " + table + "_seq restart with " + next
                    : postgres
                    ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                    : "alter table " + table + " alter column id restart with " + next);
        }
    }
}
