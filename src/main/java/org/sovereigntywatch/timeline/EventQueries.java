package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** The events queries whose conditions depend on the filter: built by {@link EventQueriesImpl}. */
interface EventQueries {

    List<EventRow> search(EventFilter filter, Visibility visibility, Pageable pageable);

    /** The events among {@code ids} the user may see. */
    List<EventRow> among(Collection<Long> ids, Visibility visibility);

    long countMatching(EventFilter filter, Visibility visibility);

    /** The rows {@link #search} finds with when each changed, read by keyset from where the last page ended; now only. */
    List<Stamped<EventRow>> seek(EventFilter filter, Visibility visibility, Keyset keyset);

    /** The events among {@code ids} the user may see, with when each changed, by id. */
    List<Stamped<EventRow>> stampedAmong(Collection<Long> ids, Visibility visibility);

    /** The events of these measures the user may see, with when each changed, by date. */
    List<Stamped<EventRow>> ofMeasures(Collection<Long> measureIds, Visibility visibility);

    /** Every row {@link #search} finds with when each changed, by id, as a stream; call it inside a transaction. */
    Stream<Stamped<EventRow>> streamStamped(EventFilter filter, Visibility visibility);

    /** The same rows as {@link #search}, read as a stream for exports; call it inside a transaction. */
    Stream<EventRow> stream(EventFilter filter, Visibility visibility, Sort sort);

    List<MeasureCounts.LatestEvent> latestByJurisdiction(EventFilter filter, Visibility visibility);

    List<MeasureCounts.LatestEvent> latestByPlatform(EventFilter filter, Visibility visibility);
}
