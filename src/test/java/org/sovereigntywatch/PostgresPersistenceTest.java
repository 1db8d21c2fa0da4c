package org.sovereigntywatch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PersistenceContract} on PostgreSQL, in a database created for this run and dropped after it. Skipped with a
 * message where no server is reachable, except under {@code CI=true}.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@DirtiesContext
class PostgresPersistenceTest extends PersistenceContract {

    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create();
    }

    @DynamicPropertySource
    static void useDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> database);
    }

    @Override
    protected String openSessionsQuery() {
        return "select pid from pg_stat_activity where datname = current_database()";
    }

    /**
     * A plan made once for any values is estimated from averages, and the record is skewed: such a plan of a
     * register count took seventy times its own plan's time (docs/benchmarks.md, "Under load").
     */
    @Test
    void plansEveryStatementForItsValues() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet setting = connection.createStatement().executeQuery("show plan_cache_mode")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("force_custom_plan");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.drop();
        }
    }
}
