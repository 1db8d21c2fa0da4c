package org.sovereigntywatch.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;

import java.util.List;

/**
 * Builds the measures queries from only the conditions the filter and the user's visibility need: those it shares
 * with the events queries ({@link MeasureConditions}), then the measure filter's own.
 */
class MeasureQueriesImpl implements MeasureQueries {

    private static final String FROM = " from PolicyMeasure m join m.jurisdiction j";
    /** For pages of entities: the jurisdiction each row shows comes in the same query. */
    private static final String FROM_WITH_JURISDICTION = " from PolicyMeasure m join fetch m.jurisdiction j";
    private static final String BY_KEY_AND_STATUS = "select new org.sovereigntywatch.timeline.MeasureCounts$ByKeyAndStatus";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<PolicyMeasure> search(MeasureFilter filter, Visibility visibility, Pageable pageable) {
        return matching(filter, visibility, FROM_WITH_JURISDICTION)
                .page(entityManager, "select m", pageable, PolicyMeasure.class);
    }

    @Override
    public long countMatching(MeasureFilter filter, Visibility visibility) {
        return matching(filter, visibility, FROM).query(entityManager, "select count(m)", "", Long.class)
                .getSingleResult();
    }

    @Override
    public List<Long> ids(MeasureFilter filter, Visibility visibility, int limit) {
        return matching(filter, visibility, FROM).query(entityManager, "select m.id", " order by m.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countInForce(Visibility visibility) {
        QueryBuilder query = MeasureConditions.visible(FROM, visibility);
        query.where("m.currentAction = org.sovereigntywatch.timeline.EventAction.IN_FORCE")
                .where("m.state <> org.sovereigntywatch.editorial.PublicationState.ARCHIVED");
        return query.query(entityManager, "select count(m)", "", Long.class).getSingleResult();
    }

    @Override
    public List<PolicyMeasure> findBearingOn(long concernId, Visibility visibility) {
        QueryBuilder query = MeasureConditions.visible(FROM_WITH_JURISDICTION + " join m.concernIds c", visibility);
        query.where("c = :concernId", "concernId", concernId);
        return query.query(entityManager, "select m", " order by m.title", PolicyMeasure.class).getResultList();
    }

    @Override
    public List<MeasureCounts.ByKeyAndStatus> countByJurisdictionAndStatus(MeasureFilter filter,
                                                                           Visibility visibility) {
        return matching(filter, visibility, FROM).query(entityManager,
                BY_KEY_AND_STATUS + "(j.code, m.currentAction, count(m))", " group by j.code, m.currentAction",
                MeasureCounts.ByKeyAndStatus.class).getResultList();
    }

    @Override
    public List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter, Visibility visibility) {
        QueryBuilder query = MeasureConditions.countedForFilteredPlatforms(
                matching(filter, visibility, FROM + " join m.platforms pl"), filter.common());
        return query.query(entityManager, BY_KEY_AND_STATUS + "(pl.name, m.currentAction, count(m))",
                " group by pl.name, m.currentAction", MeasureCounts.ByKeyAndStatus.class).getResultList();
    }

    /** The measures the user may see that match the filter's common parts, then its own. */
    private static QueryBuilder matching(MeasureFilter filter, Visibility visibility, String from) {
        QueryBuilder query = MeasureConditions.matching(from, visibility, filter.common(), "m.title", "m.summary");
        if (filter.instrument() != null) {
            query.where("m.instrument = :instrument", "instrument", filter.instrument());
        }
        if (filter.currentStatus() != null) {
            query.where("m.currentAction = :currentStatus", "currentStatus", filter.currentStatus());
        }
        return query;
    }
}
