package org.sovereigntywatch.base;

import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Why the database refused a write, as far as the user is concerned: either it clashes with another record (a name
 * or code taken meanwhile, a record referred to that was removed), which reloading and trying again can solve; or a
 * value is one the database cannot store (a character it refuses, a date or length beyond its columns, a value its
 * checks forbid), which only correcting the value can. Validation should catch the second kind before the database
 * does, so it also marks a gap worth logging. Read from the SQLSTATE the driver reports, which H2 and PostgreSQL share.
 */
public enum DatabaseRefusal {

    /** Another record stands in the way: a unique value taken, or a reference to a record that is gone. */
    CLASH,
    /** A value the database does not accept, whatever else is stored. */
    VALUE;

    /** Unique violation; foreign key violation (PostgreSQL, H2 when a child exists); H2 when the parent is missing. */
    private static final Set<String> CLASHES = Set.of("23505", "23503", "23506");

    public static DatabaseRefusal of(DataIntegrityViolationException refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return CLASHES.contains(sql.getSQLState()) ? CLASH : VALUE;
            }
        }
        // Without a driver's report, only a duplicate key is known to be a clash.
        return refusal instanceof org.springframework.dao.DuplicateKeyException ? CLASH : VALUE;
    }
}
