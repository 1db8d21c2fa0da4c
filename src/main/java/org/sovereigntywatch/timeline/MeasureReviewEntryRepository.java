package org.sovereigntywatch.timeline;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface MeasureReviewEntryRepository extends JpaRepository<MeasureReviewEntry, Long> {

    @Query("select e from MeasureReviewEntry e where e.measure.id = :measureId order by e.at, e.id")
    List<MeasureReviewEntry> findByMeasure(long measureId);

    /** Whether the measure was ever published: its log records every move, so a move to PUBLISHED says it was. */
    @Query("select count(e) > 0 from MeasureReviewEntry e where e.measure.id = :measureId "
            + "and e.toState = org.sovereigntywatch.editorial.PublicationState.PUBLISHED")
    boolean wasEverPublished(long measureId);
}
