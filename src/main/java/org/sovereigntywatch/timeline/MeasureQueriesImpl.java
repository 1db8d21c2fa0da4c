package org.sovereigntywatch.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.editorial.Visibility;
import org.springframework.data.domain.Pageable;

import java.util.List;

/**
 * Builds the measures queries from only the conditions the filter and the user's visibility need, as
 * {@link EventQueriesImpl} does for events: an unused condition left out cannot stop the database from using an index.
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
    public long countInForce(Visibility visibility) {
        QueryBuilder query = new QueryBuilder(FROM);
        visibility.restrict(query, "m", "j.code", visibility::jurisdictionCodes);
        query.where("m.currentAction = org.sovereigntywatch.timeline.EventAction.IN_FORCE")
                .where("m.state <> org.sovereigntywatch.editorial.PublicationState.ARCHIVED");
        return query.query(entityManager, "select count(m)", "", Long.class).getSingleResult();
    }

    @Override
    public List<PolicyMeasure> findBearingOn(long concernId, Visibility visibility) {
        QueryBuilder query = new QueryBuilder(FROM_WITH_JURISDICTION + " join m.concernIds c");
        visibility.restrict(query, "m", "j.code", visibility::jurisdictionCodes);
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
        QueryBuilder query = matching(filter, visibility, FROM + " join m.platforms pl");
        if (!filter.anyPlatform()) {
            // A measure affecting several platforms counts for the filtered ones only.
            query.where("pl.id in :platforms", "platforms", filter.platformIds());
        }
        return query.query(entityManager, BY_KEY_AND_STATUS + "(pl.name, m.currentAction, count(m))",
                " group by pl.name, m.currentAction", MeasureCounts.ByKeyAndStatus.class).getResultList();
    }

    /** Published measures for everyone; other states for analysts and up in their scope; then the filter. */
    private static QueryBuilder matching(MeasureFilter filter, Visibility visibility, String from) {
        QueryBuilder query = new QueryBuilder(from);
        visibility.restrict(query, "m", "j.code", visibility::jurisdictionCodes);
        if (!filter.text().isEmpty()) {
            query.where("(lower(m.title) like :text or lower(m.summary) like :text)", "text", "%" + filter.text() + "%");
        }
        if (!filter.anyJurisdiction()) {
            query.where("j.code in :jurisdictions", "jurisdictions", filter.jurisdictionCodes());
        }
        if (!filter.anyPlatform()) {
            query.where("exists (select 1 from PolicyMeasure m2 join m2.platforms p where m2 = m and p.id in :platformIds)",
                    "platformIds", filter.platformIds());
        }
        if (filter.instrument() != null) {
            query.where("m.instrument = :instrument", "instrument", filter.instrument());
        }
        if (!filter.anyState()) {
            query.where("m.state in :states", "states", filter.states());
        }
        if (filter.currentStatus() != null) {
            query.where("m.currentAction = :currentStatus", "currentStatus", filter.currentStatus());
        }
        return query;
    }
}
