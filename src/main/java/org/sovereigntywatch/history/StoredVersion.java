package org.sovereigntywatch.history;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;

/**
 * The columns Envers adds to every row of an {@code _aud} table, for the read-only entities that map those tables so
 * that the registers can be read "as of" a past revision with their usual queries: the revision that made the row
 * (part of its key), the one that replaced it, and whether it was an addition, a change or a deletion. Which rows are
 * in force at a revision is {@link InForce}'s to say.
 */
@FeatureApi
@MappedSuperclass
public abstract class StoredVersion {

    @Id
    private Long rev = 0L;

    /** The revision that replaced this row; none while it is in force. */
    private @Nullable Long revend;

    /** 0 added, 1 changed, 2 deleted (with the last values kept). */
    private short revtype;

    protected StoredVersion() {
    }
}
