package org.sovereigntywatch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.SQLException;

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

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.drop();
        }
    }
}
