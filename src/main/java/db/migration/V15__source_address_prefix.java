package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;

/**
 * A source is found by its address in one indexed look-up (issue 14: an import looks up a thousand addresses at a
 * time, the form's duplicate check one): the start of the address in lower case, a column the database computes from
 * the address whoever writes the row, with an index. Only the start, so that the index stays within what PostgreSQL
 * allows per entry whatever the address holds; the query then compares the whole address. In Java for
 * {@link ComputedColumn}.
 */
public class V15__source_address_prefix extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ComputedColumn.add(context, "source", "address_prefix", "VARCHAR(255)", "LEFT(LOWER(url), 255)",
                "ix_source_address_prefix", "address_prefix");
    }
}
