package org.sovereigntywatch.timeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.base.RowSelect;
import org.sovereigntywatch.base.Stamped;
import org.sovereigntywatch.editorial.Visibility;
import org.sovereigntywatch.history.Revisions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;
import static org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

/**
 * Builds the events queries from only the conditions the filter and the user's visibility need: those on the measure
 * as {@link MeasureConditions} has them, then the event's own. Written as "parameter is null or column = parameter",
 * an unused condition would still stop the database from using an index.
 */
class EventQueriesImpl implements EventQueries {

    private static final String FROM = " from PolicyEvent e join e.measure m join m.jurisdiction j";
    /** The events as they stood at a past revision, each with its measure as it stood then. */
    private static final String VERSIONS =
            " from EventVersion e join MeasureVersion m on m.id = e.measureId join m.jurisdiction j";
    /** The event's own attributes by their names, its measure's (m) and jurisdiction's (j) as named here. */
    static final String ROW = RowSelect.of(EventRow.class, "e", Map.of("start", "e.periodStart",
            "measureId", "m.id", "measureTitle", "m.title", "jurisdiction", "j.code", "policyArea", "m.policyArea",
            "instrument", "m.instrument", "binding", "m.binding", "measureState", "m.state"));
    private static final String LATEST_EVENT = "select new org.sovereigntywatch.timeline.MeasureCounts$LatestEvent";
    /**
     * The latest start among the days, the months and the years, then the closing parenthesis: three plain
     * aggregates, from which {@link MeasureCounts.LatestEvent#latest()} picks the latest date with its precision.
     */
    private static final String LATEST_BY_PRECISION = """
            max(case when e.precision = org.sovereigntywatch.timeline.DatePrecision.DAY then e.periodStart end),
            max(case when e.precision = org.sovereigntywatch.timeline.DatePrecision.MONTH then e.periodStart end),
            max(case when e.precision = org.sovereigntywatch.timeline.DatePrecision.YEAR then e.periodStart end))""";
    /** {@link #ROW} with when the event last changed, for the API ({@link Stamped}). */
    private static final String STAMPED = ROW + ", e.modifiedAt";
    /** Rows per round trip of an export's cursor: a few hundred round trips for a million rows, a few MB held. */
    private static final int EXPORT_FETCH_SIZE = 5000;

    @PersistenceContext
    private EntityManager entityManager;
    private final Revisions revisions;

    EventQueriesImpl(Revisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public List<EventRow> search(EventFilter filter, Visibility visibility, Pageable pageable) {
        return matching(filter, visibility, "").page(entityManager, ROW, pageable, EventRow.class);
    }

    @Override
    public List<EventRow> among(Collection<Long> ids, Visibility visibility) {
        return matching(EventFilter.ALL, visibility, "").where("e.id in :ids", "ids", ids)
                .query(entityManager, ROW, "", EventRow.class).getResultList();
    }

    @Override
    public List<Stamped<EventRow>> seek(EventFilter filter, Visibility visibility, Keyset keyset) {
        return matching(filter, visibility, "").seek(entityManager, STAMPED, keyset, Object[].class).stream()
                .map(EventQueriesImpl::stamped).toList();
    }

    @Override
    public List<Stamped<EventRow>> stampedAmong(Collection<Long> ids, Visibility visibility) {
        return matching(EventFilter.ALL, visibility, "").where("e.id in :ids", "ids", ids)
                .query(entityManager, STAMPED, " order by e.id", Object[].class).getResultStream()
                .map(EventQueriesImpl::stamped).toList();
    }

    @Override
    public List<Stamped<EventRow>> ofMeasures(Collection<Long> measureIds, Visibility visibility) {
        return matching(EventFilter.ALL, visibility, "").where("m.id in :measureIds", "measureIds", measureIds)
                .query(entityManager, STAMPED, " order by e.periodStart, e.id", Object[].class).getResultStream()
                .map(EventQueriesImpl::stamped).toList();
    }

    @Override
    public Stream<Stamped<EventRow>> streamStamped(EventFilter filter, Visibility visibility) {
        return matching(filter, visibility, "").sorted(entityManager, STAMPED, Sort.by(Keyset.ID), Object[].class)
                .setHint(HINT_FETCH_SIZE, EXPORT_FETCH_SIZE).setHint(HINT_READ_ONLY, true).getResultStream()
                .map(EventQueriesImpl::stamped);
    }

    @Override
    public long countMatching(EventFilter filter, Visibility visibility) {
        return matching(filter, visibility, "").query(entityManager, "select count(e.id)", "", Long.class)
                .getSingleResult();
    }

    @Override
    public Stream<EventRow> stream(EventFilter filter, Visibility visibility, Sort sort) {
        TypedQuery<EventRow> query = matching(filter, visibility, "")
                .sorted(entityManager, ROW, sort, EventRow.class);
        return query.setHint(HINT_FETCH_SIZE, EXPORT_FETCH_SIZE).setHint(HINT_READ_ONLY, true).getResultStream();
    }

    @Override
    public List<MeasureCounts.LatestEvent> latestByJurisdiction(EventFilter filter, Visibility visibility) {
        return matching(filter, visibility, "").query(entityManager, LATEST_EVENT + "(j.code, " + LATEST_BY_PRECISION,
                " group by j.code", MeasureCounts.LatestEvent.class).getResultList();
    }

    @Override
    public List<MeasureCounts.LatestEvent> latestByPlatform(EventFilter filter, Visibility visibility) {
        QueryBuilder query = MeasureConditions.countedForFilteredPlatforms(
                matching(filter, visibility, MeasureConditions.platformsJoin(filter.common())), filter.common());
        return query.query(entityManager, LATEST_EVENT + "(pl.name, " + LATEST_BY_PRECISION,
                " group by pl.name", MeasureCounts.LatestEvent.class).getResultList();
    }

    private static Stamped<EventRow> stamped(Object[] row) {
        return new Stamped<>((EventRow) row[0], (Instant) row[1]);
    }

    /**
     * Events of the measures the user may see that match the filter's common parts, then its own: now, or as they and
     * their measures stood at the filter's moment.
     *
     * @param join more joins after the measure's jurisdiction
     */
    private QueryBuilder matching(EventFilter filter, Visibility visibility, String join) {
        Long revision = filter.asOf() == null ? null : revisions.at(filter.asOf());
        QueryBuilder query = MeasureConditions.matching((revision == null ? FROM : VERSIONS) + join, visibility,
                filter.common(), "e.summary", "m.title");
        MeasureConditions.inForce(query, revision, "e", "m");
        if (filter.changedSince() != null) {
            if (revision != null) {
                throw new IllegalArgumentException("Events changed since a moment are read now only");
            }
            query.where("(e.modifiedAt >= :changedSince or m.modifiedAt >= :changedSince)", "changedSince",
                    filter.changedSince());
        }
        if (filter.from() != null) {
            query.where("e.periodEnd >= :from", "from", filter.from());
            query.where("e.periodStart >= :earliestStart", "earliestStart",
                    PolicyDate.earliestStartReaching(filter.from()));
        }
        if (filter.to() != null) {
            query.where("e.periodStart <= :to", "to", filter.to());
        }
        if (filter.action() != null) {
            query.where("e.action = :action", "action", filter.action());
        }
        if (Boolean.TRUE.equals(filter.expected())) {
            // Still expected: a step that did not happen is not awaited any more.
            query.where("e.expected = true and e.cancelled = false");
        } else if (Boolean.FALSE.equals(filter.expected())) {
            query.where("e.expected = false");
        }
        return query;
    }
}
