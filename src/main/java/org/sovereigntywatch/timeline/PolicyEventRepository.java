package org.sovereigntywatch.timeline;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PolicyEventRepository extends JpaRepository<PolicyEvent, Long>, EventQueries {

    @EntityGraph(attributePaths = "sources", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from PolicyEvent e where e.measure.id = :measureId order by e.periodStart, e.id")
    List<PolicyEvent> findByMeasure(long measureId);

    @EntityGraph(attributePaths = {"sources", "measure", "measure.jurisdiction"},
            type = EntityGraph.EntityGraphType.LOAD)
    Optional<PolicyEvent> findWithSourcesById(long id);

    /** The events of a measure that happened, latest period first, for its current status. */
    @Query("select e from PolicyEvent e where e.measure.id = :measureId and e.expected = false "
            + "order by e.periodStart desc, e.id desc")
    List<PolicyEvent> findHappened(long measureId, Pageable pageable);

    /** (event id, source url) pairs. */
    @Query("select e.id, s.url from PolicyEvent e join e.sources s where e.id in :ids order by s.url")
    List<Object[]> sourceUrls(Collection<Long> ids);

    /** (event id, source url) pairs for the events with ids in this range. */
    @Query("select e.id, s.url from PolicyEvent e join e.sources s where e.id between :first and :last order by s.url")
    List<Object[]> sourceUrlsBetween(long first, long last);

    /** (measure id, platform name) pairs for the measures with ids in this range. */
    @Query("select m.id, p.name from PolicyMeasure m join m.platforms p where m.id between :first and :last "
            + "order by p.name")
    List<Object[]> platformNamesBetween(long first, long last);

    /** (measure id, platform name) pairs. */
    @Query("select m.id, p.name from PolicyMeasure m join m.platforms p where m.id in :ids order by p.name")
    List<Object[]> platformNames(Collection<Long> ids);
}
