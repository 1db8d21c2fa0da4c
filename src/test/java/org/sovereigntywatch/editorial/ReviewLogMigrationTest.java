package org.sovereigntywatch.editorial;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V11 moves the two review-log tables of concerns and measures into the one {@code review_entry} table: every line
 * arrives, named by kind and item, in the order it was written, on both databases.
 */
class ReviewLogMigrationTest {

    @Test
    void the_lines_of_both_old_logs_arrive_in_the_one_log_on_h2() {
        DataSource h2 = new SingleConnectionDataSource("jdbc:h2:mem:review-log-migration;DB_CLOSE_DELAY=-1", "sa", "",
                true);
        movesEveryLine(h2, "SET REFERENTIAL_INTEGRITY FALSE", "SET REFERENTIAL_INTEGRITY TRUE");
    }

    @Test
    void the_lines_of_both_old_logs_arrive_in_the_one_log_on_postgresql() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            movesEveryLine(new SingleConnectionDataSource(database.url(), database.user(), "", true),
                    "SET session_replication_role = replica", "SET session_replication_role = origin");
        } finally {
            database.drop();
        }
    }

    /**
     * Migrates to V10, writes old log lines (for items the test does not need, with foreign keys off: hence one
     * connection), then migrates to the end.
     */
    private static void movesEveryLine(DataSource dataSource, String foreignKeysOff, String foreignKeysOn) {
        flyway(dataSource, "10").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(foreignKeysOff);
        String same = "TIMESTAMP WITH TIME ZONE '2025-01-19 10:00:00+00:00'";
        jdbc.update("insert into concern_review_entry (concern_id, author, recorded_at, from_state, to_state, comment) "
                + "values (7, 'ana', " + same + ", null, 'DRAFT', null), "
                + "(7, 'rev', " + same + ", 'IN_REVIEW', 'DRAFT', 'Cite the law'), "
                + "(8, 'ana', TIMESTAMP WITH TIME ZONE '2025-01-18 09:00:00+00:00', null, null, 'A question')");
        jdbc.update("insert into measure_review_entry (measure_id, author, recorded_at, from_state, to_state, comment) "
                + "values (7, 'rev', " + same + ", 'IN_REVIEW', 'PUBLISHED', null)");
        // Back on, so the rest of the migration runs as it would on a real database.
        jdbc.execute(foreignKeysOn);

        flyway(dataSource, "latest").migrate();

        List<Map<String, Object>> lines = jdbc.queryForList("select item_kind, item_id, author, from_state, to_state, "
                + "comment, recorded_at from review_entry order by item_kind, item_id, recorded_at, id");
        assertThat(lines).extracting(line -> line.get("item_kind") + " " + line.get("item_id") + " "
                        + line.get("author") + " " + line.get("from_state") + "→" + line.get("to_state") + " "
                        + line.get("comment") + " " + instant(line.get("recorded_at")))
                .containsExactly(
                        "concern 7 ana null→DRAFT null 2025-01-19T10:00:00Z",
                        "concern 7 rev IN_REVIEW→DRAFT Cite the law 2025-01-19T10:00:00Z",
                        "concern 8 ana null→null A question 2025-01-18T09:00:00Z",
                        "measure 7 rev IN_REVIEW→PUBLISHED null 2025-01-19T10:00:00Z");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where lower(table_name) in ('concern_review_entry', 'measure_review_entry')", Long.class)).isZero();
    }

    /** A timestamp with time zone as the driver returns it (H2: an OffsetDateTime; PostgreSQL: a Timestamp). */
    private static Instant instant(Object timestamp) {
        return timestamp instanceof Timestamp sql ? sql.toInstant() : ((OffsetDateTime) timestamp).toInstant();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
