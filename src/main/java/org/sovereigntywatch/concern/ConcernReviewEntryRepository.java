package org.sovereigntywatch.concern;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ConcernReviewEntryRepository extends JpaRepository<ConcernReviewEntry, Long> {

    @Query("select e from ConcernReviewEntry e where e.concern.id = :concernId order by e.at, e.id")
    List<ConcernReviewEntry> findByConcern(long concernId);

    /** Whether the concern was ever published: its log records every move, so a move to PUBLISHED says it was. */
    @Query("select count(e) > 0 from ConcernReviewEntry e where e.concern.id = :concernId "
            + "and e.toState = org.sovereigntywatch.editorial.PublicationState.PUBLISHED")
    boolean wasEverPublished(long concernId);
}
