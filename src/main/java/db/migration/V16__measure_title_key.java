package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A measure is found by its jurisdiction and title, ignoring case and spaces, in one indexed look-up (issue 14: an
 * import looks up the measures of a thousand rows at a time; the measure form's duplicate warning one): the title as
 * the duplicate check compares it, a column the database computes whoever writes the row, indexed with the
 * jurisdiction. Without it each look-up read every measure of its jurisdictions. A Java migration because the two
 * databases word a computed column differently (PostgreSQL wants {@code STORED}, H2 refuses it).
 */
public class V16__measure_title_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                .contains("postgres");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE policy_measure ADD COLUMN title_key VARCHAR(300) GENERATED ALWAYS AS "
                    + "(REPLACE(LOWER(title), ' ', ''))" + (postgres ? " STORED" : ""));
            statement.execute("CREATE INDEX ix_policy_measure_title_key ON policy_measure (jurisdiction_id, title_key)");
        }
    }
}
