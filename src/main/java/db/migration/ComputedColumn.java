package db.migration;

import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Adds a column the database computes from the row's other columns, with an index, in the words of each database:
 * PostgreSQL wants {@code STORED} after the expression, H2 refuses it. The migrations that need one are in Java for
 * that reason alone.
 */
final class ComputedColumn {

    private ComputedColumn() {
    }

    static void add(Context context, String table, String column, String type, String expression, String index,
                    String indexedColumns) throws SQLException {
        boolean postgres = Vendor.isPostgres(context);
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type + " GENERATED ALWAYS AS ("
                    + expression + ")" + (postgres ? " STORED" : ""));
            statement.execute("CREATE INDEX " + index + " ON " + table + " (" + indexedColumns + ")");
        }
    }
}
