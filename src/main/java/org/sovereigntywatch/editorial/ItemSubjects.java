package org.sovereigntywatch.editorial;

import java.util.Set;

/**
 * What a publishable item is about, by id: the jurisdictions and platforms it concerns, for those who watch them.
 */
public record ItemSubjects(Set<Long> jurisdictionIds, Set<Long> platformIds) {

    public ItemSubjects {
        jurisdictionIds = Set.copyOf(jurisdictionIds);
        platformIds = Set.copyOf(platformIds);
    }
}
