package org.sovereigntywatch.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.editorial.Visibility;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.history.Revisions;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.sovereigntywatch.timeline.MeasureConditions.MEASURES;
import static org.sovereigntywatch.timeline.MeasureConditions.MEASURE_VERSIONS;

/**
 * Builds the measures queries from only the conditions the filter and the user's visibility need: those it shares
 * with the events queries ({@link MeasureConditions}), then the measure filter's own. With an "as of" moment they read
 * the measures' versions in force then, and derive each one's current status from its events' versions then.
 */
class MeasureQueriesImpl implements MeasureQueries {

    /** For pages of entities: the jurisdiction each row shows comes in the same query. */
    private static final String FROM_WITH_JURISDICTION = " from PolicyMeasure m join fetch m.jurisdiction j";
    private static final String BY_KEY_AND_STATUS = "select new org.sovereigntywatch.timeline.MeasureCounts$ByKeyAndStatus";
    private static final String ROW_NOW = "select m.id, m.title, j.code, m.instrument, m.currentAction, m.currentSince, "
            + "m.currentSincePrecision, m.state";
    private static final String ROW_THEN = "select m.id, m.title, j.code, m.instrument, "
            + MeasureConditions.statusThen("action") + ", " + MeasureConditions.statusThen("periodStart") + ", "
            + MeasureConditions.statusThen("precision") + ", m.state";
    /** {@link #ROW_NOW} with when the measure last changed, for the API ({@link Stamped}). */
    private static final String STAMPED = ROW_NOW + ", m.modifiedAt";
    /** The grid's sort by current status, by the date of the status. */
    private static final String STATUS_SINCE = "currentSince";

    @PersistenceContext
    private EntityManager entityManager;
    private final Revisions revisions;

    MeasureQueriesImpl(Revisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public List<PolicyMeasure> search(MeasureFilter filter, Visibility visibility, Pageable pageable) {
        if (filter.asOf() != null) {
            throw new IllegalArgumentException("Measures as entities are read now only: use rows for the past");
        }
        return matching(filter, visibility, FROM_WITH_JURISDICTION)
                .page(entityManager, "select m", pageable, PolicyMeasure.class);
    }

    @Override
    public List<MeasureRow> rows(MeasureFilter filter, Visibility visibility, Pageable pageable) {
        boolean past = filter.asOf() != null;
        Pageable sorted = past ? withStatusThen(pageable) : pageable;
        QueryBuilder query = matching(filter, visibility, past ? MEASURE_VERSIONS : MEASURES);
        List<Object[]> found = query.page(entityManager, past ? ROW_THEN : ROW_NOW, sorted, Object[].class);
        return rowsOf(found, query.parameter(InForce.REVISION));
    }

    @Override
    public List<Stamped<MeasureRow>> seek(MeasureFilter filter, Visibility visibility, Keyset keyset) {
        if (filter.asOf() != null) {
            throw new IllegalArgumentException("A keyset page reads the measures as they are now");
        }
        return stamped(matching(filter, visibility, MEASURES).seek(entityManager, STAMPED, keyset, Object[].class));
    }

    @Override
    public Optional<Stamped<MeasureRow>> stampedRow(long id, Visibility visibility) {
        return stamped(matching(MeasureFilter.ALL, visibility, MEASURES).where("m.id = :id", "id", id)
                .query(entityManager, STAMPED, "", Object[].class).getResultList()).stream().findFirst();
    }

    /** Rows read with {@link #STAMPED}: each with the time its measure last changed, in its last column. */
    private List<Stamped<MeasureRow>> stamped(List<Object[]> found) {
        List<MeasureRow> rows = rowsOf(found, null);
        List<Stamped<MeasureRow>> stamped = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            stamped.add(new Stamped<>(rows.get(i), (Instant) found.get(i)[8]));
        }
        return stamped;
    }

    /** Rows read with {@link #ROW_NOW} or {@link #ROW_THEN}, with their platforms' names then. */
    private List<MeasureRow> rowsOf(List<Object[]> found, @Nullable Object revision) {
        Map<Long, List<String>> platforms = platformNames(found.stream().map(row -> (Long) row[0]).toList(), revision);
        List<MeasureRow> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            LocalDate since = (LocalDate) row[5];
            rows.add(new MeasureRow((Long) row[0], (String) row[1], (String) row[2],
                    platforms.getOrDefault((Long) row[0], List.of()), (Instrument) row[3], (EventAction) row[4],
                    since == null ? null : new PolicyDate(since, (DatePrecision) row[6]),
                    (org.sovereigntywatch.editorial.PublicationState) row[7]));
        }
        return rows;
    }

    @Override
    public long countMatching(MeasureFilter filter, Visibility visibility) {
        return matching(filter, visibility, filter.asOf() == null ? MEASURES : MEASURE_VERSIONS)
                .query(entityManager, "select count(m.id)", "", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(MeasureFilter filter, Visibility visibility, int limit) {
        return matching(filter, visibility, filter.asOf() == null ? MEASURES : MEASURE_VERSIONS)
                .query(entityManager, "select m.id", " order by m.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countInForce(Visibility visibility, @Nullable Instant asOf) {
        Long revision = asOf == null ? null : revisions.at(asOf);
        QueryBuilder query = MeasureConditions.visible(revision == null ? MEASURES : MEASURE_VERSIONS, visibility);
        MeasureConditions.inForce(query, revision, "m");
        query.where((revision == null ? "m.currentAction" : MeasureConditions.statusThen("action"))
                        + " = org.sovereigntywatch.timeline.EventAction.IN_FORCE")
                .where("m.state <> org.sovereigntywatch.editorial.PublicationState.ARCHIVED");
        return query.query(entityManager, "select count(m.id)", "", Long.class).getSingleResult();
    }

    @Override
    public List<MeasureChange> recentlyChangedThen(Visibility visibility, int limit, Instant asOf) {
        QueryBuilder query = MeasureConditions.visible(MEASURE_VERSIONS
                + " join org.sovereigntywatch.history.Revision r on r.id = m.rev", visibility);
        MeasureConditions.inForce(query, revisions.at(asOf), "m");
        return query.query(entityManager, "select new org.sovereigntywatch.timeline.MeasureChange(m.id, m.title, "
                        + "m.state, r.username, r.recordedAt)", " order by m.rev desc", MeasureChange.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Text> statusThen(long id, Instant asOf) {
        return entityManager.createQuery(ROW_THEN + " from MeasureVersion m join m.jurisdiction j where m.id = :id and "
                        + InForce.at("m"), Object[].class)
                .setParameter("id", id).setParameter(InForce.REVISION, revisions.at(asOf)).getResultList().stream()
                .findFirst().flatMap(row -> PolicyMeasure.status((EventAction) row[4], row[5] == null ? null
                        : new PolicyDate((LocalDate) row[5], (DatePrecision) row[6])));
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
        return countByKeyAndStatus(filter, visibility, "j.code", "");
    }

    @Override
    public List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter, Visibility visibility) {
        return countByKeyAndStatus(filter, visibility, "pl.name", MeasureConditions.platformsJoin(filter.common()));
    }

    /**
     * Measures counted by a key and their current status. In the past the status is derived per measure, so the
     * measures are grouped from a derived table of (key, status) rather than by the expression itself.
     */
    private List<MeasureCounts.ByKeyAndStatus> countByKeyAndStatus(MeasureFilter filter, Visibility visibility,
                                                                   String key, String join) {
        boolean past = filter.asOf() != null;
        QueryBuilder query = matching(filter, visibility, (past ? MEASURE_VERSIONS : MEASURES) + join);
        if (!join.isEmpty()) {
            MeasureConditions.countedForFilteredPlatforms(query, filter.common());
        }
        if (!past) {
            return query.query(entityManager, BY_KEY_AND_STATUS + "(" + key + ", m.currentAction, count(m))",
                    " group by " + key + ", m.currentAction", MeasureCounts.ByKeyAndStatus.class).getResultList();
        }
        return query.derived(entityManager, "select " + key + " as key, " + MeasureConditions.statusThen("action")
                        + " as status", BY_KEY_AND_STATUS + "(x.key, x.status, count(*))",
                " group by x.key, x.status", MeasureCounts.ByKeyAndStatus.class).getResultList();
    }

    /** The measures the user may see that match the filter's common parts, then its own, now or then. */
    private QueryBuilder matching(MeasureFilter filter, Visibility visibility, String from) {
        Long revision = filter.asOf() == null ? null : revisions.at(filter.asOf());
        QueryBuilder query = MeasureConditions.matching(from, visibility, filter.common(), "m.title", "m.summary");
        MeasureConditions.inForce(query, revision, "m");
        if (filter.instrument() != null) {
            query.where("m.instrument = :instrument", "instrument", filter.instrument());
        }
        if (filter.changedSince() != null) {
            if (revision != null) {
                throw new IllegalArgumentException("Measures changed since a moment are read now only");
            }
            query.where("(m.modifiedAt >= :changedSince or exists (select 1 from PolicyEvent ce where ce.measure = m "
                    + "and ce.modifiedAt >= :changedSince))", "changedSince", filter.changedSince());
        }
        if (filter.currentStatus() != null) {
            query.where((revision == null ? "m.currentAction" : MeasureConditions.statusThen("action"))
                    + " = :currentStatus", "currentStatus", filter.currentStatus());
        }
        return query;
    }

    /** The page, its sort by current status read from the events' versions: the measures' versions hold none. */
    private static Pageable withStatusThen(Pageable pageable) {
        Sort sort = Sort.unsorted();
        for (Sort.Order order : pageable.getSort()) {
            sort = sort.and(STATUS_SINCE.equals(order.getProperty())
                    ? JpaSort.unsafe(order.getDirection(), MeasureConditions.statusThen("periodStart"))
                    : Sort.by(order));
        }
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    /** The names of the platforms of these measures, by measure: now, or at the revision when there is one. */
    private Map<Long, List<String>> platformNames(Collection<Long> measureIds, @Nullable Object revision) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        var query = revision == null
                ? entityManager.createQuery("select m.id, p.name from PolicyMeasure m join m.platforms p "
                + "where m.id in :ids order by p.name", Object[].class)
                : entityManager.createQuery("select mp.measureId, p.name from MeasurePlatformVersion mp "
                + "join mp.platform p where mp.measureId in :ids and " + InForce.at("mp") + " order by p.name",
                Object[].class).setParameter(InForce.REVISION, revision);
        return org.sovereigntywatch.base.CsvTable.valuesById(query.setParameter("ids", measureIds).getResultList());
    }
}
