package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.security.EditorialPolicy.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface PolicyMeasureRepository extends JpaRepository<PolicyMeasure, Long> {

    /** Published measures for everyone; other states for analysts and up within their jurisdictions. */
    String VISIBLE = """
            (m.state = org.sovereigntywatch.base.PublicationState.PUBLISHED
             or (:#{#visibility.drafts()} = true
                 and (:#{#visibility.everywhere()} = true or j.code in :#{#visibility.codes()})))
            """;

    String MATCHES = VISIBLE + """
            and (:#{#filter.text()} = '' or lower(m.title) like concat('%', :#{#filter.text()}, '%')
                 or lower(m.summary) like concat('%', :#{#filter.text()}, '%'))
            and (:#{#filter.anyJurisdiction()} = true or j.code in :#{#filter.jurisdictionsOrNone()})
            and (:#{#filter.anyPlatform()} = true or exists (select 1 from PolicyMeasure m2 join m2.platforms p
                 where m2 = m and p.id in :#{#filter.platformsOrNone()}))
            and (:#{#filter.instrument()} is null or m.instrument = :#{#filter.instrument()})
            and (:#{#filter.anyState()} = true or m.state in :#{#filter.statesOrNone()})
            and (:#{#filter.currentStatus()} is null or m.currentAction = :#{#filter.currentStatus()})
            """;

    @EntityGraph(attributePaths = "jurisdiction", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select m from PolicyMeasure m join m.jurisdiction j where " + MATCHES)
    List<PolicyMeasure> search(MeasureFilter filter, Visibility visibility, Pageable pageable);

    @Query("select count(m) from PolicyMeasure m join m.jurisdiction j where " + MATCHES)
    long countMatching(MeasureFilter filter, Visibility visibility);

    @EntityGraph(attributePaths = {"jurisdiction", "platforms"}, type = EntityGraph.EntityGraphType.LOAD)
    Optional<PolicyMeasure> findWithDetailsById(long id);

    /** The measures bearing on a concern that the user may see. */
    @EntityGraph(attributePaths = "jurisdiction", type = EntityGraph.EntityGraphType.LOAD)
    @Query("select m from PolicyMeasure m join m.jurisdiction j join m.concerns c where c.id = :concernId and "
            + VISIBLE + " order by m.title")
    List<PolicyMeasure> findBearingOn(long concernId, Visibility visibility);

    boolean existsByTitle(String title);

    @Query("select count(m) from PolicyMeasure m join m.jurisdiction j where " + VISIBLE
            + " and m.currentAction = org.sovereigntywatch.timeline.EventAction.IN_FORCE"
            + " and m.state <> org.sovereigntywatch.base.PublicationState.ARCHIVED")
    long countInForce(Visibility visibility);

    @Query("select new org.sovereigntywatch.timeline.MeasureCounts$ByKeyAndStatus(j.code, m.currentAction, count(m)) "
            + "from PolicyMeasure m join m.jurisdiction j where " + MATCHES + " group by j.code, m.currentAction")
    List<MeasureCounts.ByKeyAndStatus> countByJurisdictionAndStatus(MeasureFilter filter, Visibility visibility);

    @Query("select new org.sovereigntywatch.timeline.MeasureCounts$ByKeyAndStatus(pl.name, m.currentAction, count(m)) "
            + "from PolicyMeasure m join m.jurisdiction j join m.platforms pl where " + MATCHES
            + " and (:#{#filter.anyPlatform()} = true or pl.id in :#{#filter.platformsOrNone()})"
            + " group by pl.name, m.currentAction")
    List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter, Visibility visibility);

    /**
     * Sets the current status without touching the version: it is derived from the events, so recomputing it must not
     * make someone's open edit of the measure stale.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PolicyMeasure m set m.currentAction = :action, m.currentSince = :since where m.id = :id")
    void setCurrentStatus(long id, @Nullable EventAction action, @Nullable LocalDate since);
}
