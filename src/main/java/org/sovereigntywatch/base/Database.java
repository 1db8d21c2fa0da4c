package org.sovereigntywatch.base;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which of the two databases the application runs on, for the few queries that the two planners serve well only in
 * different forms; everything else is written once for both.
 */
@Component
public class Database {

    private final boolean h2;

    Database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** The embedded H2, whose planner takes one index per table and walks a sort index rather than combine two. */
    public boolean isH2() {
        return h2;
    }
}
