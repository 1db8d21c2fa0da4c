package org.sovereigntywatch.timeline;

import jakarta.persistence.QueryHint;
import org.sovereigntywatch.security.EditorialPolicy.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;
import static org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

interface PolicyEventRepository extends JpaRepository<PolicyEvent, Long> {

    String FROM = " from PolicyEvent e join e.measure m join m.jurisdiction j where ";

    /** What the user may see (through the event's measure) and what the filter asks for, all in SQL. */
    String MATCHES = PolicyMeasureRepository.VISIBLE + """
            and (:#{#filter.text()} = '' or lower(e.summary) like concat('%', :#{#filter.text()}, '%')
                 or lower(m.title) like concat('%', :#{#filter.text()}, '%'))
            and (:#{#filter.anyJurisdiction()} = true or j.code in :#{#filter.jurisdictionsOrNone()})
            and (:#{#filter.anyPlatform()} = true or exists (select 1 from PolicyMeasure m2 join m2.platforms p
                 where m2 = m and p.id in :#{#filter.platformsOrNone()}))
            and e.periodStart <= :#{#filter.toOrLatest()} and e.periodEnd >= :#{#filter.fromOrEarliest()}
            and (:#{#filter.action()} is null or e.action = :#{#filter.action()})
            and (:#{#filter.anyStatus()} = true or e.expected = :#{#filter.expectedOnly()})
            and (:#{#filter.anyMeasureState()} = true or m.state in :#{#filter.measureStatesOrNone()})
            """;

    String ROW = """
            select new org.sovereigntywatch.timeline.EventRow(e.id, e.periodStart, e.precision, e.expected, e.action,
                e.summary, m.id, m.title, j.code, m.policyArea, m.instrument, m.binding, m.state)
            """;

    @Query(ROW + FROM + MATCHES)
    List<EventRow> search(EventFilter filter, Visibility visibility, Pageable pageable);

    @Query("select count(e)" + FROM + MATCHES)
    long countMatching(EventFilter filter, Visibility visibility);

    /** The same rows as {@link #search}, read as a stream for exports; call it inside a transaction. */
    @Query(ROW + FROM + MATCHES)
    @QueryHints({@QueryHint(name = HINT_FETCH_SIZE, value = "1000"), @QueryHint(name = HINT_READ_ONLY, value = "true")})
    Stream<EventRow> stream(EventFilter filter, Visibility visibility, Sort sort);

    @Query("select new org.sovereigntywatch.timeline.MeasureCounts$LatestEvent(j.code, max(e.periodStart))" + FROM
            + MATCHES + " group by j.code")
    List<MeasureCounts.LatestEvent> latestByJurisdiction(EventFilter filter, Visibility visibility);

    @Query("select new org.sovereigntywatch.timeline.MeasureCounts$LatestEvent(pl.name, max(e.periodStart))"
            + " from PolicyEvent e join e.measure m join m.jurisdiction j join m.platforms pl where " + MATCHES
            + " and (:#{#filter.anyPlatform()} = true or pl.id in :#{#filter.platformsOrNone()})"
            + " group by pl.name")
    List<MeasureCounts.LatestEvent> latestByPlatform(EventFilter filter, Visibility visibility);

    @EntityGraph(attributePaths = "sources", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select e from PolicyEvent e where e.measure.id = :measureId order by e.periodStart, e.id")
    List<PolicyEvent> findByMeasure(long measureId);

    @EntityGraph(attributePaths = {"sources", "measure", "measure.jurisdiction"},
            type = EntityGraph.EntityGraphType.LOAD)
    java.util.Optional<PolicyEvent> findWithSourcesById(long id);

    /** The events of a measure that happened, latest period first, for its current status. */
    @Query("select e from PolicyEvent e where e.measure.id = :measureId and e.expected = false "
            + "order by e.periodStart desc, e.id desc")
    List<PolicyEvent> findHappened(long measureId, Pageable pageable);

    /** (event id, source url) pairs. */
    @Query("select e.id, s.url from PolicyEvent e join e.sources s where e.id in :ids order by s.url")
    List<Object[]> sourceUrls(Collection<Long> ids);

    /** (measure id, platform name) pairs. */
    @Query("select m.id, p.name from PolicyMeasure m join m.platforms p where m.id in :ids order by p.name")
    List<Object[]> platformNames(Collection<Long> ids);
}
