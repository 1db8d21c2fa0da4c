package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;

/**
 * A measure is found by its jurisdiction and title, ignoring case and spaces, in one indexed look-up (issue 14: an
 * import looks up the measures of a thousand rows at a time; the measure form's duplicate warning one): the title as
 * the duplicate check compares it, a column the database computes whoever writes the row, indexed with the
 * jurisdiction. Without it each look-up read every measure of its jurisdictions. In Java for {@link ComputedColumn}.
 */
public class V16__measure_title_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ComputedColumn.add(context, "policy_measure", "title_key", "VARCHAR(300)", "REPLACE(LOWER(title), ' ', '')",
                "ix_policy_measure_title_key", "jurisdiction_id, title_key");
    }
}
