package org.sovereigntywatch.timeline;

import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;

import java.util.List;

/** The measures queries whose conditions depend on the filter or the visibility: built by {@link MeasureQueriesImpl}. */
interface MeasureQueries {

    /** A page of measures with their jurisdictions. */
    List<PolicyMeasure> search(MeasureFilter filter, Visibility visibility, Pageable pageable);

    long countMatching(MeasureFilter filter, Visibility visibility);

    /** The ids of the measures {@link #search} finds, by id, at most {@code limit} of them. */
    List<Long> ids(MeasureFilter filter, Visibility visibility, int limit);

    /** Measures in force (not archived). */
    long countInForce(Visibility visibility);

    /** The measures bearing on a concern, by title, with their jurisdictions. */
    List<PolicyMeasure> findBearingOn(long concernId, Visibility visibility);

    List<MeasureCounts.ByKeyAndStatus> countByJurisdictionAndStatus(MeasureFilter filter, Visibility visibility);

    List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter, Visibility visibility);
}
