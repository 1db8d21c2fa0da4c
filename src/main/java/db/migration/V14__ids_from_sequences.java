package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Ids of the records an import writes by the thousand come from sequences, 50 at a time, instead of identity columns
 * (issue 14): with an identity column the database hands out each id on its insert, so Hibernate must send every
 * insert on its own and cannot batch them; with a sequence it knows the ids beforehand and sends inserts 50 to a
 * statement. Each table gets a sequence {@code <table>_seq} starting after its highest id, stepping by 50 (Hibernate
 * takes the 50 ids from a value on, its "pooled-lo" optimizer), and the id column loses its identity but keeps the
 * sequence as its default, so a row inserted by hand still gets an id no one else takes. A Java migration because the
 * start value is read from the table, and the default is written in each database's words.
 */
public class V14__ids_from_sequences extends BaseJavaMigration {

    /** The tables of {@code AuditedEntity}'s subclasses, and the review log. */
    static final List<String> TABLES = List.of("jurisdiction", "platform", "app_user", "source", "concern",
            "policy_measure", "policy_event", "review_entry");

    static final int INCREMENT = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = Vendor.isPostgres(context);
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                String sequence = table + "_seq";
                statement.execute("CREATE SEQUENCE " + sequence + " START WITH " + next + " INCREMENT BY " + INCREMENT);
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id SET DEFAULT "
                        + (postgres ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence));
            }
        }
    }
}
