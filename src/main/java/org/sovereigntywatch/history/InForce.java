package org.sovereigntywatch.history;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The condition that picks, among the stored versions of items (an {@code _aud} table mapped as an entity with its
 * {@code rev}, {@code revend} and {@code revtype}), those in force at revision {@code :asOf}: made by then, not
 * replaced by then, and not a deletion. Envers' validity strategy keeps {@code revend}, so this is a range test on
 * each row rather than a search for each item's latest version.
 */
@FeatureApi
public final class InForce {

    /** The query parameter the condition reads the revision from. */
    public static final String REVISION = "asOf";

    private InForce() {
    }

    /**
     * The day the record is read on: today, or the day of the past moment it is read as of, in the clock's time zone
     * as today is. What was overdue or due soon is judged on that day.
     */
    public static LocalDate day(@Nullable Instant asOf, Clock clock) {
        return asOf == null ? LocalDate.now(clock) : LocalDate.ofInstant(asOf, clock.getZone());
    }

    /** The condition on the versions under {@code alias}. */
    public static String at(String alias) {
        return alias + ".rev <= :" + REVISION + " and (" + alias + ".revend is null or " + alias + ".revend > :"
                + REVISION + ") and " + alias + ".revtype <> 2";
    }
}
