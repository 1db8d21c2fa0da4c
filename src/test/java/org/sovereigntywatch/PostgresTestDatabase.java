package org.sovereigntywatch;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A throw-away PostgreSQL database on the server at 127.0.0.1:5432 (override with {@code SW_TEST_PG_URL},
 * {@code SW_TEST_PG_USER}): created for a test class, dropped after it. Where no server answers, the tests that need
 * it are skipped with a message, except under {@code CI=true}, where they must run and so fail instead.
 */
public final class PostgresTestDatabase {

    private static final String SERVER = env("SW_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("SW_TEST_PG_USER", "postgres");

    private final String name = "sw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** Creates the database, or skips the calling test class if there is no server and this is not CI. */
    public static PostgresTestDatabase create() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        try {
            database.execute("CREATE DATABASE " + database.name);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + SERVER + ": " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + SERVER + " (" + e.getMessage()
                    + "): skipping the PostgreSQL tests. Start it, or run under CI=true to make this a failure.");
        }
        return database;
    }

    /**
     * Points a Spring test context at the database, with the demo data: for a test class's
     * {@code @DynamicPropertySource}, with the database it creates in {@code @BeforeAll} (read when the context starts).
     */
    public static void use(DynamicPropertyRegistry registry, Supplier<PostgresTestDatabase> database) {
        registry.add("spring.datasource.url", () -> database.get().url());
        registry.add("spring.datasource.username", () -> database.get().user());
        registry.add("spring.datasource.password", () -> "");
        registry.add("sovereigntywatch.demo-data", () -> "true");
    }

    public String url() {
        return SERVER + name;
    }

    public String user() {
        return USER;
    }

    public void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
