package org.sovereigntywatch.timeline;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.ItemScope;
import org.sovereigntywatch.editorial.PublishableRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PolicyMeasureRepository extends PublishableRepository<PolicyMeasure>, MeasureQueries {

    @EntityGraph(attributePaths = {"jurisdiction", "platforms"}, type = EntityGraph.EntityGraphType.LOAD)
    @Override
    Optional<PolicyMeasure> findWithDetailsById(long id);

    boolean existsByTitle(String title);

    /**
     * The measure's state and scope as its row holds them. Two columns rather than the entity, and without flushing
     * first, so that not even a copy changed in memory within the same transaction can stand in for the stored row.
     */
    @Query("select new org.sovereigntywatch.editorial.ItemScope(m.state, m.jurisdiction.code) "
            + "from PolicyMeasure m where m.id = :id")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Override
    Optional<ItemScope> findScopeById(long id);

    /** The measures of the jurisdiction whose title matches {@code titleKey} ({@code TitleKey}). */
    @Query("""
            select m from PolicyMeasure m join fetch m.jurisdiction j
            where j.code = :jurisdictionCode and m.titleKey = :titleKey order by m.id
            """)
    List<PolicyMeasure> findLikeTitled(String jurisdictionCode, String titleKey);

    /** The measures of these jurisdictions whose title matches one of these keys, with their platforms. */
    @Query("""
            select distinct m from PolicyMeasure m join fetch m.jurisdiction j left join fetch m.platforms
            where j.code in :jurisdictionCodes and m.titleKey in :titleKeys
            """)
    List<PolicyMeasure> findLikeTitledAmong(Collection<String> jurisdictionCodes, Collection<String> titleKeys);

    /**
     * The state and jurisdiction of each of these measures as stored, by id: rows of (id, state, code). The query does
     * not flush the persistence context first (walking every entity it holds, thousands in an import): what it reads
     * is the stored rows, so a caller needing its own changes read flushes them first.
     */
    @Query("select m.id, m.state, m.jurisdiction.code from PolicyMeasure m where m.id in :ids")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Object[]> findScopesByIds(Collection<Long> ids);

    /**
     * Sets the current status without touching the version: it is derived from the events, so recomputing it must not
     * make someone's open edit of the measure stale.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PolicyMeasure m set m.currentAction = :action, m.currentSince = :since, "
            + "m.currentSincePrecision = :precision where m.id = :id")
    void setCurrentStatus(long id, @Nullable EventAction action, @Nullable LocalDate since,
                          @Nullable DatePrecision precision);
}
