package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.Visibility;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The conditions the measures and the events queries share, on the measure (alias {@code m}) and its jurisdiction
 * (alias {@code j}): what the user may see of the measures, then the common parts of the filter. Each condition is
 * added only when it is needed (see {@link QueryBuilder}): an unused one left out cannot stop the database from going
 * from a jurisdiction to its measures to their events through indexes.
 */
final class MeasureConditions {

    private MeasureConditions() {
    }

    /** Published measures for everyone; other states for analysts and up in their scope. */
    static QueryBuilder visible(String from, Visibility visibility) {
        return visibility.restrict(new QueryBuilder(from), "m", "j.code", visibility::jurisdictionCodes);
    }

    /**
     * {@link #visible}, then the filter's common parts.
     *
     * @param textColumns the columns the filter's words are looked for in
     */
    static QueryBuilder matching(String from, Visibility visibility, CommonFilter filter, String... textColumns) {
        QueryBuilder query = visible(from, visibility);
        if (!filter.text().isEmpty()) {
            query.where(Arrays.stream(textColumns).map(column -> "lower(" + column + ") like :text")
                    .collect(Collectors.joining(" or ", "(", ")")), "text", "%" + filter.text() + "%");
        }
        if (!filter.anyJurisdiction()) {
            query.where("j.code in :jurisdictions", "jurisdictions", filter.jurisdictionCodes());
        }
        if (!filter.anyPlatform()) {
            query.where("exists (select 1 from PolicyMeasure m2 join m2.platforms p where m2 = m and p.id in :platformIds)",
                    "platformIds", filter.platformIds());
        }
        if (!filter.anyState()) {
            query.where("m.state in :states", "states", filter.states());
        }
        return query;
    }

    /**
     * For counts by platform, whose query joins each measure's platforms as {@code pl}: a measure affecting several
     * platforms counts for the filtered ones only.
     */
    static QueryBuilder countedForFilteredPlatforms(QueryBuilder query, CommonFilter filter) {
        return filter.anyPlatform() ? query : query.where("pl.id in :platforms", "platforms", filter.platformIds());
    }
}
