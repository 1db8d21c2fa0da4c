package org.sovereigntywatch.timeline;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PolicyEventRepository extends JpaRepository<PolicyEvent, Long>, EventQueries {

    @EntityGraph(attributePaths = "sources", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from PolicyEvent e where e.measure.id = :measureId order by e.periodStart, e.id")
    List<PolicyEvent> findByMeasure(long measureId);

    @EntityGraph(attributePaths = "sources", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from PolicyEvent e where e.measure.id in :measureIds")
    List<PolicyEvent> findByMeasureIn(Collection<Long> measureIds);

    /** The id of the measure the event belongs to, as its row holds it (no flush first, as for the measure's scope). */
    @Query("select e.measure.id from PolicyEvent e where e.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Long> findMeasureIdById(long id);

    /** Whether the stored event happened: neither expected nor cancelled (no flush first). */
    @Query("select e.expected = false and e.cancelled = false from PolicyEvent e where e.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    boolean findHappenedById(long id);

    @EntityGraph(attributePaths = {"sources", "measure", "measure.jurisdiction"},
            type = EntityGraph.EntityGraphType.LOAD)
    Optional<PolicyEvent> findWithSourcesById(long id);

    /**
     * The events of a measure that happened, latest first, for its current status: by the start of their period, and
     * at the same start the narrowest date first, as {@link PolicyDate} orders them. Steps that did not happen are
     * expected ones, so they never count.
     */
    @Query("select e from PolicyEvent e where e.measure.id = :measureId and e.expected = false "
            + "order by e.periodStart desc, case e.precision when org.sovereigntywatch.timeline.DatePrecision.DAY then 0 "
            + "when org.sovereigntywatch.timeline.DatePrecision.MONTH then 1 else 2 end, e.id desc")
    List<PolicyEvent> findHappened(long measureId, Pageable pageable);

    // The multi-valued columns of exports and timelines read the join tables directly (native SQL): through the
    // entities, the id condition falls on the owner's table, and PostgreSQL then scans the whole join table for every
    // chunk (58 ms per chunk of 1,000 events instead of 1.6 ms).

    /**
     * (event id, url, publisher, title) of the sources these events cited at revision {@code asOf}, as the sources read
     * then: the versions in force at that revision of the citations and of the sources.
     */
    @Query(value = "select es.event_id, s.url, s.publisher, s.title from policy_event_source_aud es "
            + "join source_aud s on s.id = es.source_id and s.rev <= :asOf and (s.revend is null or s.revend > :asOf) "
            + "and s.revtype <> 2 "
            + "where es.event_id in :ids and es.rev <= :asOf and (es.revend is null or es.revend > :asOf) "
            + "and es.revtype <> 2", nativeQuery = true)
    List<Object[]> sourcesAt(Collection<Long> ids, long asOf);

    /** (measure id, platform name) of the platforms these measures affected at revision {@code asOf}, by name. */
    @Query(value = "select mp.measure_id, p.name from policy_measure_platform_aud mp join platform p on p.id = mp.platform_id "
            + "where mp.measure_id in :ids and mp.rev <= :asOf and (mp.revend is null or mp.revend > :asOf) "
            + "and mp.revtype <> 2 order by p.name", nativeQuery = true)
    List<Object[]> platformNamesAt(Collection<Long> ids, long asOf);

    /** (event id, url, publisher, title) of the sources of these events. */
    @Query(value = "select es.event_id, s.url, s.publisher, s.title from policy_event_source es "
            + "join source s on s.id = es.source_id where es.event_id in :ids", nativeQuery = true)
    List<Object[]> sources(Collection<Long> ids);

    /** (event id, url, publisher, title) of the sources of the events with ids in this range. */
    @Query(value = "select es.event_id, s.url, s.publisher, s.title from policy_event_source es "
            + "join source s on s.id = es.source_id where es.event_id between :first and :last", nativeQuery = true)
    List<Object[]> sourcesBetween(long first, long last);

    /** (measure id, platform name) pairs for the measures with ids in this range. */
    @Query(value = "select mp.measure_id, p.name from policy_measure_platform mp join platform p on p.id = mp.platform_id "
            + "where mp.measure_id between :first and :last order by p.name", nativeQuery = true)
    List<Object[]> platformNamesBetween(long first, long last);

    /** (measure id, platform name) pairs. */
    @Query(value = "select mp.measure_id, p.name from policy_measure_platform mp join platform p on p.id = mp.platform_id "
            + "where mp.measure_id in :ids order by p.name", nativeQuery = true)
    List<Object[]> platformNames(Collection<Long> ids);
}
