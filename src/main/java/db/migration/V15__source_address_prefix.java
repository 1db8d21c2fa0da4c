package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A source is found by its address in one indexed look-up (issue 14: an import looks up a thousand addresses at a
 * time, the form's duplicate check one): the start of the address in lower case, a column the database computes from
 * the address whoever writes the row, with an index. Only the start, so that the index stays within what PostgreSQL
 * allows per entry whatever the address holds; the query then compares the whole address. A Java migration because
 * the two databases word a computed column differently (PostgreSQL wants {@code STORED}, H2 refuses it).
 */
public class V15__source_address_prefix extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                .contains("postgres");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE source ADD COLUMN address_prefix VARCHAR(255) GENERATED ALWAYS AS "
                    + "(LEFT(LOWER(url), 255))" + (postgres ? " STORED" : ""));
            statement.execute("CREATE INDEX ix_source_address_prefix ON source (address_prefix)");
        }
    }
}
