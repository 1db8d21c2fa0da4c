package org.sovereigntywatch.concern;

import jakarta.persistence.QueryHint;
import org.sovereigntywatch.security.EditorialPolicy.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;
import static org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

interface ConcernRepository extends JpaRepository<Concern, Long> {

    String FROM = """
            from Concern c join c.platform p join c.affectedJurisdiction aj join c.accessingJurisdiction xj
            join c.owner o
            """;

    /** Open concerns: still being worked on ({@link TreatmentStatus#isOpen()}) and not archived. */
    String OPEN_CONCERN = """
            c.treatmentStatus in (org.sovereigntywatch.concern.TreatmentStatus.OPEN,
                                  org.sovereigntywatch.concern.TreatmentStatus.MONITORING)
            and c.state <> org.sovereigntywatch.base.PublicationState.ARCHIVED
            """;

    /** What the user may see ({@link Visibility}) and what the filter asks for, all in SQL. */
    String WHERE = """
            where (c.state = org.sovereigntywatch.base.PublicationState.PUBLISHED
                   or (:#{#visibility.drafts()} = true
                       and (:#{#visibility.everywhere()} = true or aj.code in :#{#visibility.codes()})))
            and (:#{#filter.text()} = ''
                 or lower(c.title) like concat('%', :#{#filter.text()}, '%')
                 or lower(c.description) like concat('%', :#{#filter.text()}, '%')
                 or lower(c.platformClaim) like concat('%', :#{#filter.text()}, '%'))
            and (:#{#filter.anyPlatform()} = true or p.id in :#{#filter.platformsOrNone()})
            and (:#{#filter.anyJurisdiction()} = true or aj.code in :#{#filter.jurisdictionsOrNone()}
                 or xj.code in :#{#filter.jurisdictionsOrNone()})
            and (:#{#filter.category()} is null or c.category = :#{#filter.category()})
            and c.score between :#{#filter.minScore()} and :#{#filter.maxScore()}
            and (:#{#filter.anyState()} = true or c.state in :#{#filter.statesOrNone()})
            and (:#{#filter.openOnly()} = false or (""" + OPEN_CONCERN + """
            ))
            and c.modifiedAt >= :#{#filter.changedSince()} and c.modifiedAt < :#{#filter.changedBefore()}
            and (:#{#filter.overdueOnly()} = false
                 or (c.nextReview < :today and c.treatmentStatus <> org.sovereigntywatch.concern.TreatmentStatus.CLOSED))
            """;

    String ROW = """
            select new org.sovereigntywatch.concern.ConcernRow(c.id, c.title, p.name, aj.code, xj.code, c.category,
                c.description, c.platformClaim, c.claimStatus, c.likelihood, c.impact, c.score, c.confidence,
                c.treatmentStatus, o.displayName, c.nextReview, c.state, c.createdBy, c.createdAt, c.modifiedBy,
                c.modifiedAt)
            """;

    @Query(ROW + FROM + WHERE)
    List<ConcernRow> search(ConcernFilter filter, Visibility visibility, LocalDate today, Pageable pageable);

    @Query("select count(c) " + FROM + WHERE)
    long countMatching(ConcernFilter filter, Visibility visibility, LocalDate today);

    /** The same rows as {@link #search}, read as a stream for exports; call it inside a transaction. */
    @Query(ROW + FROM + WHERE)
    @QueryHints({@QueryHint(name = HINT_FETCH_SIZE, value = "500"), @QueryHint(name = HINT_READ_ONLY, value = "true")})
    Stream<ConcernRow> stream(ConcernFilter filter, Visibility visibility, LocalDate today, Sort sort);

    // Aggregates for the dashboard and the reports. A concern counts for both its jurisdictions: the affected one, and
    // the accessing one where that differs (hence the pairs of queries, each a plain indexed GROUP BY).

    @Query("select new org.sovereigntywatch.concern.ConcernCounts$ByScore(c.score, count(c), "
            + "sum(case when c.nextReview < :today then 1 else 0 end))" + FROM + WHERE + " group by c.score")
    List<ConcernCounts.ByScore> countByScore(ConcernFilter filter, Visibility visibility, LocalDate today);

    @Query("select new org.sovereigntywatch.concern.ConcernCounts$HeatCell(aj.code, p.name, max(c.score), count(c))"
            + FROM + WHERE + " group by aj.code, p.name")
    List<ConcernCounts.HeatCell> heatByAffected(ConcernFilter filter, Visibility visibility, LocalDate today);

    @Query("select new org.sovereigntywatch.concern.ConcernCounts$HeatCell(xj.code, p.name, max(c.score), count(c))"
            + FROM + WHERE + " and xj <> aj group by xj.code, p.name")
    List<ConcernCounts.HeatCell> heatByAccessing(ConcernFilter filter, Visibility visibility, LocalDate today);

    @Query("select new org.sovereigntywatch.concern.ConcernCounts$ByKeyAndScore(aj.code, c.score, count(c))"
            + FROM + WHERE + " group by aj.code, c.score")
    List<ConcernCounts.ByKeyAndScore> countByAffectedAndScore(ConcernFilter filter, Visibility visibility,
                                                              LocalDate today);

    @Query("select new org.sovereigntywatch.concern.ConcernCounts$ByKeyAndScore(xj.code, c.score, count(c))"
            + FROM + WHERE + " and xj <> aj group by xj.code, c.score")
    List<ConcernCounts.ByKeyAndScore> countByAccessingAndScore(ConcernFilter filter, Visibility visibility,
                                                               LocalDate today);

    @Query("select new org.sovereigntywatch.concern.ConcernCounts$ByKeyAndScore(p.name, c.score, count(c))"
            + FROM + WHERE + " group by p.name, c.score")
    List<ConcernCounts.ByKeyAndScore> countByPlatformAndScore(ConcernFilter filter, Visibility visibility,
                                                              LocalDate today);

    /** The source addresses of these concerns, as (concern id, url) pairs. */
    @Query("select c.id, s.url from Concern c join c.sources s where c.id in :ids order by s.url")
    List<Object[]> sourceUrls(Collection<Long> ids);

    @EntityGraph(attributePaths = {"platform", "affectedJurisdiction", "accessingJurisdiction", "owner", "sources"},
            type = EntityGraph.EntityGraphType.LOAD)
    Optional<Concern> findWithDetailsById(long id);

    boolean existsByTitle(String title);
}
