package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.editorial.CommonFilter;
import org.sovereigntywatch.editorial.Visibility;
import org.sovereigntywatch.history.InForce;

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

    /** The measures (and their jurisdictions) now: the {@code from} of the queries on the live tables. */
    static final String MEASURES = " from PolicyMeasure m join m.jurisdiction j";
    /** The measures as they stood at a past revision: their versions, in force then by {@link #inForce}. */
    static final String MEASURE_VERSIONS = " from MeasureVersion m join m.jurisdiction j";

    /** Published measures for everyone; other states for analysts and up in their scope. */
    static QueryBuilder visible(String from, Visibility visibility) {
        return visibility.restrict(new QueryBuilder(from), "m", "j.code", visibility::jurisdictionCodes);
    }

    /**
     * For a query on versions ({@code revision} not null): only those of each alias in force at that revision. The
     * visibility rule then reads the states and jurisdictions they had: a viewer sees what was published then.
     */
    static QueryBuilder inForce(QueryBuilder query, @Nullable Long revision, String... aliases) {
        if (revision != null) {
            for (String alias : aliases) {
                query.where(InForce.at(alias));
            }
            query.with(InForce.REVISION, revision);
        }
        return query;
    }

    /**
     * The action, date or precision of the latest event of measure {@code m} that happened, among the events' versions
     * in force at the revision: the current status a measure had then, as {@link MeasureStatuses} derives it now.
     */
    static String statusThen(String column) {
        return "(select e." + column + " from EventVersion e where e.measureId = m.id and e.expected = false and "
                + InForce.at("e") + " order by e.periodStart desc, case e.precision when "
                + DatePrecision.class.getName() + ".DAY then 0 when " + DatePrecision.class.getName()
                + ".MONTH then 1 else 2 end, e.id desc limit 1)";
    }

    /**
     * {@link #visible}, then the filter's common parts.
     *
     * @param textColumns the columns the filter's words are looked for in
     */
    static QueryBuilder matching(String from, Visibility visibility, CommonFilter filter, String... textColumns) {
        QueryBuilder query = visible(from, visibility);
        boolean past = filter.asOf() != null;
        if (!filter.text().isEmpty()) {
            query.where(Arrays.stream(textColumns).map(column -> "lower(" + column + ") like :text")
                    .collect(Collectors.joining(" or ", "(", ")")), "text", "%" + filter.text() + "%");
        }
        if (!filter.anyJurisdiction()) {
            query.where("j.code in :jurisdictions", "jurisdictions", filter.jurisdictionCodes());
        }
        if (!filter.anyPlatform() && past) {
            query.where("exists (select 1 from MeasurePlatformVersion mp where mp.measureId = m.id "
                    + "and mp.platformId in :platformIds and " + InForce.at("mp") + ")", "platformIds",
                    filter.platformIds());
        } else if (!filter.anyPlatform()) {
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

    /**
     * The join of each measure's platforms as {@code pl} (platform {@code pl.id}, name {@code pl.name}): the links now,
     * or those in force at the filter's revision.
     */
    static String platformsJoin(CommonFilter filter) {
        return filter.asOf() == null ? " join m.platforms pl"
                : " join MeasurePlatformVersion mpl on mpl.measureId = m.id and " + InForce.at("mpl")
                + " join mpl.platform pl";
    }
}
