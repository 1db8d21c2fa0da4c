package org.sovereigntywatch.load;

import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load test's analysts, made in the benchmark database before a run (the application need not run): users
 * {@code load-0001} … with one password, each covering one of the jurisdictions with the most drafts, and for each
 * the drafts it alone edits, so that two virtual users never save the same concern. Run again, it adds only the users
 * missing. Written straight to the tables, as the benchmark's data generator writes its data.
 */
final class LoadUsers {

    static final String PASSWORD = "load-test-password";
    static final int JURISDICTIONS = 12;
    static final int DRAFTS_EACH = 5;

    private LoadUsers() {
    }

    /**
     * One feeder record per user: username, password, jurisdiction, client address and, when asked for, the ids of
     * the drafts it edits (an empty list otherwise).
     */
    static List<Map<String, Object>> prepare(String url, int count, boolean withDrafts) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            List<String> jurisdictions = strings(connection, """
                    select j.code from concern c join jurisdiction j on j.id = c.affected_jurisdiction_id
                    where c.state = 'DRAFT' group by j.code order by count(*) desc, j.code limit %d"""
                    .formatted(JURISDICTIONS));
            String hash = "{pbkdf2@SpringSecurity_v5_8}"
                    + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
            Map<String, List<Long>> drafts = new HashMap<>();
            for (String code : jurisdictions) {
                drafts.put(code, longs(connection, """
                        select c.id from concern c join jurisdiction j on j.id = c.affected_jurisdiction_id
                        where c.state = 'DRAFT' and j.code = '%s' order by c.id""".formatted(code)));
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = "load-%04d".formatted(i + 1);
                String jurisdiction = jurisdictions.get(i % jurisdictions.size());
                ensureUser(connection, username, jurisdiction, hash);
                List<Long> own = drafts.get(jurisdiction);
                int slot = i / jurisdictions.size();
                List<Long> mine = own.subList(Math.min(own.size(), slot * DRAFTS_EACH),
                        Math.min(own.size(), (slot + 1) * DRAFTS_EACH));
                if (!withDrafts) {
                    mine = List.of();
                } else if (mine.isEmpty()) {
                    throw new IllegalStateException("Not enough drafts in " + jurisdiction + " for " + count + " users");
                }
                records.add(Map.of("username", username, "password", PASSWORD, "jurisdiction", jurisdiction,
                        "drafts", mine, "address", address(i)));
            }
            connection.commit();
            // The planner's statistics must know the users just made, as a server's would by the time they work: with
            // 52 users in its statistics and 400 in the table, it joined every concern page with the users by a
            // nested loop (57 ms instead of 17 for a text-search page).
            connection.setAutoCommit(true);
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze app_user");
            }
            return records;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot prepare the load test's users in " + url, failure);
        }
    }

    /**
     * A client address of the user's own, in the range set aside for benchmarks (198.18.0.0/15, RFC 2544): the
     * sign-in throttle counts attempts per address, and hundreds of people do not sign in from one.
     */
    private static String address(int user) {
        return "198.18.%d.%d".formatted(user / 250, 1 + user % 250);
    }

    private static void ensureUser(Connection connection, String username, String jurisdiction, String hash)
            throws SQLException {
        if (!longs(connection, "select id from app_user where username = '" + username + "'").isEmpty()) {
            return;
        }
        long id = longs(connection, "select nextval('app_user_seq')").getFirst();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement user = connection.prepareStatement("""
                insert into app_user (id, username, display_name, password_hash, role, enabled, version, created_by,
                    created_at, modified_by, modified_at)
                values (?, ?, ?, ?, 'ANALYST', true, 0, 'system', ?, 'system', ?)""");
             PreparedStatement scope = connection.prepareStatement(
                     "insert into app_user_jurisdiction (user_id, jurisdiction_code) values (?, ?)")) {
            user.setLong(1, id);
            user.setString(2, username);
            user.setString(3, "Load " + username.substring(5));
            user.setString(4, hash);
            user.setTimestamp(5, now);
            user.setTimestamp(6, now);
            user.executeUpdate();
            scope.setLong(1, id);
            scope.setString(2, jurisdiction);
            scope.executeUpdate();
        }
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        return column(connection, query, rows -> rows.getString(1));
    }

    private static List<Long> longs(Connection connection, String query) throws SQLException {
        return column(connection, query, rows -> rows.getLong(1));
    }

    /** The first column of every row a query returns. */
    private static <T> List<T> column(Connection connection, String query, Cell<T> cell) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(cell.read(rows));
            }
        }
        return values;
    }

    private interface Cell<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
