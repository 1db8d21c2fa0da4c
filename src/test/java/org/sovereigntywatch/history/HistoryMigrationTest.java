package org.sovereigntywatch.history;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19 gives the rows recorded before it their first revision, signed "system", so that their history starts at the
 * migration rather than nowhere; a new, empty database gets no revision at all. On H2 and PostgreSQL.
 */
class HistoryMigrationTest {

    /** Every audited table, with the columns that name one of its rows. */
    private static final Map<String, String> AUDITED = Map.ofEntries(
            Map.entry("jurisdiction", "id"),
            Map.entry("platform", "id"),
            Map.entry("platform_alias", "platform_id, alias"),
            Map.entry("app_user", "id"),
            Map.entry("app_user_jurisdiction", "user_id, jurisdiction_code"),
            Map.entry("source", "id"),
            Map.entry("concern", "id"),
            Map.entry("concern_source", "concern_id, source_id"),
            Map.entry("policy_measure", "id"),
            Map.entry("policy_measure_platform", "measure_id, platform_id"),
            Map.entry("measure_concern", "measure_id, concern_id"),
            Map.entry("measure_link", "id"),
            Map.entry("policy_event", "id"),
            Map.entry("policy_event_source", "event_id, source_id"));

    private static final String PASSWORD_HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuQ6y0pcnPkKcJzVv0m5h8s1v2GEJt.Xi";

    @Test
    void rows_recorded_before_history_get_one_first_revision_by_system_on_h2() {
        givesExistingRowsAFirstRevision(h2("history-migration-existing"),
                "SET REFERENTIAL_INTEGRITY FALSE", "SET REFERENTIAL_INTEGRITY TRUE");
    }

    @Test
    void rows_recorded_before_history_get_one_first_revision_by_system_on_postgresql() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            givesExistingRowsAFirstRevision(postgres(database),
                    "SET session_replication_role = replica", "SET session_replication_role = origin");
        } finally {
            database.drop();
        }
    }

    @Test
    void an_empty_database_migrated_from_scratch_gets_no_revision_on_h2() {
        recordsNoRevision(h2("history-migration-empty"));
    }

    @Test
    void an_empty_database_migrated_from_scratch_gets_no_revision_on_postgresql() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            recordsNoRevision(postgres(database));
        } finally {
            database.drop();
        }
    }

    /**
     * Migrates to V18, writes one row of every audited table (with foreign keys off, as the rows need not make a
     * whole record: hence one connection), then migrates to the end.
     */
    private static void givesExistingRowsAFirstRevision(DataSource dataSource, String foreignKeysOff,
                                                        String foreignKeysOn) {
        flyway(dataSource, "18").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(foreignKeysOff);
        jdbc.update("insert into jurisdiction (id, code, name, level, parent_id, version) values "
                + "(1, 'US', 'United States', 'NATIONAL', null, 3), "
                + "(2, 'US-CA', 'California', 'SUBNATIONAL', 1, 0)");
        jdbc.update("insert into platform (id, name, operator_company, home_jurisdiction_id, version) "
                + "values (10, 'Xiaohongshu', 'Xingyin Information Technology', 1, 2)");
        jdbc.update("insert into platform_alias (platform_id, alias) values (10, 'RedNote'), (10, 'XHS')");
        jdbc.update("insert into app_user (id, username, display_name, password_hash, role, enabled, version, "
                + "password_change_required, locale) values (20, 'ana', 'Ana Analyst', ?, 'ANALYST', TRUE, 4, TRUE, "
                + "'fr-FR')", PASSWORD_HASH);
        jdbc.update("insert into app_user_jurisdiction (user_id, jurisdiction_code) values (20, 'US')");
        jdbc.update("insert into source (id, publisher, title, url, published_on, language, quote, version) values "
                + "(30, 'Le Monde', 'RedNote et les données', 'https://example.org/rednote', DATE '2025-01-17', "
                + "'fr', '« Les données restent en Chine. »', 1)");
        jdbc.update("insert into concern (id, title, platform_id, affected_jurisdiction_id, accessing_jurisdiction_id, "
                + "category, description, platform_claim, claim_status, likelihood, impact, score, confidence, "
                + "treatment_status, owner_id, next_review, state, version) values (40, 'RedNote keeps US data', 10, "
                + "1, 2, 'STATE_ACCESS', 'Stored in Singapore.', 'Kept apart.', 'DISPUTED', 3, 4, 12, 'HIGH', "
                + "'MONITORING', 20, DATE '2025-06-30', 'PUBLISHED', 5)");
        jdbc.update("insert into concern_source (concern_id, source_id) values (40, 30)");
        jdbc.update("insert into policy_measure (id, title, jurisdiction_id, policy_area, instrument, binding, summary, "
                + "state, version) values "
                + "(50, 'Protecting Americans Act', 1, 'NATIONAL_SECURITY', 'LAW', TRUE, 'Bans the app.', 'PUBLISHED', 2), "
                + "(51, 'Amending order', 1, 'NATIONAL_SECURITY', 'EXECUTIVE_ORDER', FALSE, null, 'DRAFT', 0)");
        jdbc.update("insert into policy_measure_platform (measure_id, platform_id) values (50, 10)");
        jdbc.update("insert into measure_concern (measure_id, concern_id) values (50, 40)");
        jdbc.update("insert into measure_link (id, from_measure_id, to_measure_id, link_type) "
                + "values (60, 51, 50, 'AMENDS')");
        jdbc.update("insert into policy_event (id, measure_id, period_start, period_end, date_precision, expected, "
                + "cancelled, action, summary, version) values (70, 50, DATE '2025-01-19', DATE '2025-01-19', 'DAY', "
                + "FALSE, FALSE, 'IN_FORCE', 'The ban takes effect', 1)");
        jdbc.update("insert into policy_event_source (event_id, source_id) values (70, 30)");
        // Back on, so the rest of the migration runs as it would on a real database.
        jdbc.execute(foreignKeysOn);

        flyway(dataSource, "latest").migrate();

        List<Map<String, Object>> revisions = jdbc.queryForList("select id, username, recorded_at from revision");
        assertThat(revisions).singleElement().satisfies(revision -> {
            assertThat(revision.get("username")).isEqualTo("system");
            assertThat(revision.get("recorded_at")).isNotNull();
        });
        long first = ((Number) revisions.getFirst().get("id")).longValue();
        AUDITED.forEach((table, key) -> {
            List<String> columns = auditedColumns(jdbc, table);
            String values = String.join(", ", columns);
            List<Map<String, Object>> rows = jdbc.queryForList("select " + values + " from " + table
                    + " order by " + key);
            assertThat(rows).as("rows of " + table).isNotEmpty();
            assertThat(jdbc.queryForList("select " + values + " from " + table + "_aud where rev = ? and revtype = 0 "
                    + "and revend is null order by " + key, first)).as("first revision of " + table)
                    .isEqualTo(rows);
            assertThat(jdbc.queryForObject("select count(*) from " + table + "_aud", Long.class))
                    .as("audit rows of " + table).isEqualTo(rows.size());
        });
        assertThat(auditedColumns(jdbc, "app_user")).contains("username", "role", "password_change_required")
                .noneMatch(column -> column.contains("hash"));
        assertThat(jdbc.queryForList("select * from app_user_aud")).singleElement()
                .satisfies(user -> assertThat(user.values()).doesNotContain(PASSWORD_HASH));
    }

    private static void recordsNoRevision(DataSource dataSource) {
        flyway(dataSource, "latest").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("select count(*) from revision", Long.class)).isZero();
        AUDITED.keySet().forEach(table -> assertThat(jdbc.queryForObject("select count(*) from " + table + "_aud",
                Long.class)).as("audit rows of " + table).isZero());
    }

    /** The columns of the table's audit table other than the revision's own, in lower case. */
    private static List<String> auditedColumns(JdbcTemplate jdbc, String table) {
        return jdbc.query("select * from " + table + "_aud where 1 = 0", result -> {
            ResultSetMetaData meta = result.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase();
                if (!List.of("rev", "revtype", "revend").contains(column)) {
                    columns.add(column);
                }
            }
            return columns;
        });
    }

    private static DataSource h2(String name) {
        return new SingleConnectionDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    }

    private static DataSource postgres(PostgresTestDatabase database) {
        return new SingleConnectionDataSource(database.url(), database.user(), "", true);
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }
}
