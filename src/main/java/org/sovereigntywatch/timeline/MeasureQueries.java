package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The measures queries whose conditions depend on the filter or the visibility: built by {@link MeasureQueriesImpl}. */
interface MeasureQueries {

    /** A page of measures with their jurisdictions. */
    List<PolicyMeasure> search(MeasureFilter filter, Visibility visibility, Pageable pageable);

    long countMatching(MeasureFilter filter, Visibility visibility);

    /** The rows {@link #rows} finds with when each changed, read by keyset from where the last page ended; now only. */
    List<Stamped<MeasureRow>> seek(MeasureFilter filter, Visibility visibility, Keyset keyset);

    /** The measure with this id as {@link #seek} would read it, if the visibility includes it. */
    Optional<Stamped<MeasureRow>> stampedRow(long id, Visibility visibility);

    /** The measures changed last before a past moment, as they stood then, newest first. */
    List<MeasureChange> recentlyChangedThen(Visibility visibility, int limit, Instant asOf);

    /** The current status the measure had at a past moment, from its events then; empty for none. */
    Optional<Text> statusThen(long id, Instant asOf);

    /** A page of the register's rows, now or as of the filter's moment. */
    List<MeasureRow> rows(MeasureFilter filter, Visibility visibility, Pageable pageable);

    /** The ids of the measures {@link #search} finds, by id, at most {@code limit} of them. */
    List<Long> ids(MeasureFilter filter, Visibility visibility, int limit);

    /** Measures in force (not archived), now or as of a past moment. */
    long countInForce(Visibility visibility, @Nullable Instant asOf);

    /** The measures bearing on a concern, by title, with their jurisdictions. */
    List<PolicyMeasure> findBearingOn(long concernId, Visibility visibility);

    List<MeasureCounts.ByKeyAndStatus> countByJurisdictionAndStatus(MeasureFilter filter, Visibility visibility);

    List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter, Visibility visibility);
}
