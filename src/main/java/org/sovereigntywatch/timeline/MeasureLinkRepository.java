package org.sovereigntywatch.timeline;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface MeasureLinkRepository extends JpaRepository<MeasureLink, Long> {

    /** Links from or to the measure, with both ends loaded. */
    @Query("""
            select l from MeasureLink l join fetch l.fromMeasure f join fetch l.toMeasure t
            where f.id = :measureId or t.id = :measureId order by l.id
            """)
    List<MeasureLink> findTouching(long measureId);

    boolean existsByFromMeasureIdAndToMeasureIdAndType(long fromId, long toId, LinkType type);
}
