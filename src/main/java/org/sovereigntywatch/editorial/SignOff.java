package org.sovereigntywatch.editorial;

import org.sovereigntywatch.history.FieldChange;

import java.time.Instant;
import java.util.List;

/**
 * An item's last publication, tied to the exact version it published: which version, who published it and when, and
 * what has changed in its fields since (nothing when the item is still as published).
 */
public record SignOff(int version, String reviewer, Instant at, List<FieldChange> changedSince) {

    public SignOff {
        changedSince = List.copyOf(changedSince);
    }

    public boolean changed() {
        return !changedSince.isEmpty();
    }
}
