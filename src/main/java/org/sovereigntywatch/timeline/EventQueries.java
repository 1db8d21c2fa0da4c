package org.sovereigntywatch.timeline;

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

    /** The same rows as {@link #search}, read as a stream for exports; call it inside a transaction. */
    Stream<EventRow> stream(EventFilter filter, Visibility visibility, Sort sort);

    List<MeasureCounts.LatestEvent> latestByJurisdiction(EventFilter filter, Visibility visibility);

    List<MeasureCounts.LatestEvent> latestByPlatform(EventFilter filter, Visibility visibility);
}
