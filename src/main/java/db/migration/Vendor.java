package db.migration;

import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.util.Locale;

/** Which of the two databases a Java migration runs on, where their SQL differs. */
final class Vendor {

    private Vendor() {
    }

    static boolean isPostgres(Context context) throws SQLException {
        return context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
