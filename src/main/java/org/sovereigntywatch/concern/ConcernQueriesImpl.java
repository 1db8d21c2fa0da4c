package org.sovereigntywatch.concern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sovereigntywatch.base.Database;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.base.RowSelect;
import org.sovereigntywatch.editorial.Visibility;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.history.Revisions;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;
import static org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

/**
 * Builds the concern queries from only the conditions the filter and the user's visibility need, so that an unused
 * filter costs nothing and a used one can take an index (see {@link QueryBuilder}).
 */
class ConcernQueriesImpl implements ConcernQueries {

    // Paths rather than explicit joins: Hibernate joins only the tables a query reads, so counting by score over
    // every concern touches the concern table alone.
    private static final String FROM = " from Concern c";
    /** The concerns as they stood at a past revision: their versions in force then ({@link InForce}). */
    private static final String VERSIONS = " from ConcernVersion c";
    /** Each component of the row from the path its column names ({@link ConcernColumn#path()}), in the row's order. */
    static final String ROW = RowSelect.of(ConcernRow.class,
            component -> "c." + ConcernColumn.ofComponent(component).path());

    private static final String COUNTS = "org.sovereigntywatch.concern.ConcernCounts$";
    /** A concern's accessing jurisdiction that is not its affected one: it counts for both. */
    private static final String AFFECTED = "affectedJurisdiction";
    private static final String ACCESSING = "accessingJurisdiction";
    private static final String BOTH_SIDES_DIFFER = "c.accessingJurisdiction.id <> c.affectedJurisdiction.id";
    private static final String OPEN = ConcernRules.openCondition("c");
    private static final String MODIFIED_AT = ConcernColumn.MODIFIED_AT.path();
    private static final String REVIEW_OVERDUE = ConcernRules.reviewOverdueCondition("c");
    /**
     * A concern in one of the jurisdictions, on either side. PostgreSQL combines the two indexed lookups (a bitmap
     * "or") and reads only those concerns; given the union below it read every concern the user may see and joined
     * (60 ms against 14 for a load-test analyst's count, issue 18).
     */
    private static final String EITHER_SIDE =
            "(c.affectedJurisdiction.id in :jurisdictions or c.accessingJurisdiction.id in :jurisdictions)";
    /**
     * {@link #EITHER_SIDE} for H2, as a union of two indexed lookups: given the "or", H2 walked a whole sort index
     * instead (a sorted page took 300-500 ms instead of 45).
     */
    private static final String EITHER_SIDE_AS_UNION =
            "c.id in (select a.id from Concern a where a.affectedJurisdiction.id in :jurisdictions "
                    + "union select b.id from Concern b where b.accessingJurisdiction.id in :jurisdictions)";

    private final Map<String, Long> jurisdictionIds = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager entityManager;
    private final Revisions revisions;
    private final Database database;

    ConcernQueriesImpl(Revisions revisions, Database database) {
        this.revisions = revisions;
        this.database = database;
    }

    @Override
    public List<ConcernRow> search(ConcernFilter filter, Visibility visibility, LocalDate today, Pageable pageable) {
        return matching(filter, visibility, today).page(entityManager, ROW,
                filter.asOf() == null ? pageable : byRevision(pageable), ConcernRow.class);
    }

    @Override
    public List<ConcernRow> seek(ConcernFilter filter, Visibility visibility, LocalDate today, Keyset keyset) {
        if (filter.asOf() != null) {
            throw new IllegalArgumentException("A keyset page reads the register as it is now");
        }
        return matching(filter, visibility, today).seek(entityManager, ROW, keyset, ConcernRow.class);
    }

    @Override
    public Optional<ConcernRow> row(long id, Visibility visibility) {
        // No condition of the filter ALL reads the day.
        return matching(ConcernFilter.ALL, visibility, LocalDate.EPOCH).where("c.id = :id", "id", id)
                .query(entityManager, ROW, "", ConcernRow.class).getResultStream().findFirst();
    }

    @Override
    public long countMatching(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return matching(filter, visibility, today).query(entityManager, "select count(c.id)", "", Long.class)
                .getSingleResult();
    }

    @Override
    public List<Long> ids(ConcernFilter filter, Visibility visibility, LocalDate today, int limit) {
        return matching(filter, visibility, today).query(entityManager, "select c.id", " order by c.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Stream<ConcernRow> stream(ConcernFilter filter, Visibility visibility, LocalDate today, Sort sort) {
        return matching(filter, visibility, today).sorted(entityManager, ROW, sort, ConcernRow.class)
                .setHint(HINT_FETCH_SIZE, 500).setHint(HINT_READ_ONLY, true).getResultStream();
    }

    @Override
    public List<ConcernCounts.ByScore> countByScore(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return matching(filter, visibility, today).with(ConcernRules.TODAY, today).query(entityManager,
                "select new " + COUNTS + "ByScore(c.score, count(c), sum(case when " + REVIEW_OVERDUE
                        + " then 1 else 0 end))",
                " group by c.score", ConcernCounts.ByScore.class).getResultList();
    }

    @Override
    public List<ConcernCounts.HeatCell> heatByAffected(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return groupedBy(AFFECTED, filter, visibility, today).query(entityManager,
                "select new " + COUNTS + "HeatCell(c.affectedJurisdiction.code, c.platform.name, max(c.score), count(c))",
                " group by c.affectedJurisdiction.code, c.platform.name", ConcernCounts.HeatCell.class).getResultList();
    }

    @Override
    public List<ConcernCounts.HeatCell> heatByAccessing(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return groupedBy(ACCESSING, filter, visibility, today).where(BOTH_SIDES_DIFFER).query(entityManager,
                "select new " + COUNTS + "HeatCell(c.accessingJurisdiction.code, c.platform.name, max(c.score), count(c))",
                " group by c.accessingJurisdiction.code, c.platform.name", ConcernCounts.HeatCell.class).getResultList();
    }

    @Override
    public List<ConcernCounts.ByKeyAndScore> countByAffectedAndScore(ConcernFilter filter, Visibility visibility,
                                                                     LocalDate today) {
        return groupedBy(AFFECTED, filter, visibility, today).query(entityManager,
                "select new " + COUNTS + "ByKeyAndScore(c.affectedJurisdiction.code, c.score, count(c))",
                " group by c.affectedJurisdiction.code, c.score", ConcernCounts.ByKeyAndScore.class).getResultList();
    }

    @Override
    public List<ConcernCounts.ByKeyAndScore> countByAccessingAndScore(ConcernFilter filter, Visibility visibility,
                                                                      LocalDate today) {
        return groupedBy(ACCESSING, filter, visibility, today).where(BOTH_SIDES_DIFFER).query(entityManager,
                "select new " + COUNTS + "ByKeyAndScore(c.accessingJurisdiction.code, c.score, count(c))",
                " group by c.accessingJurisdiction.code, c.score", ConcernCounts.ByKeyAndScore.class).getResultList();
    }

    @Override
    public List<ConcernCounts.ByKeyAndScore> countByPlatformAndScore(ConcernFilter filter, Visibility visibility,
                                                                     LocalDate today) {
        return matching(filter, visibility, today).query(entityManager,
                "select new " + COUNTS + "ByKeyAndScore(c.platform.name, c.score, count(c))",
                " group by c.platform.name, c.score", ConcernCounts.ByKeyAndScore.class).getResultList();
    }

    /**
     * {@link #matching} for counts keyed by one side's jurisdiction: a concern matches a jurisdiction filter by either
     * side, but only the sides within the filter may become keys, or a summary filtered to US would gain a CN row
     * from a US concern under Chinese law.
     */
    private QueryBuilder groupedBy(String side, ConcernFilter filter, Visibility visibility, LocalDate today) {
        QueryBuilder query = matching(filter, visibility, today);
        return filter.anyJurisdiction() ? query
                : query.where("c." + side + ".id in :keys", "keys", jurisdictionIds(filter.jurisdictionCodes()));
    }

    /**
     * What the user may see, then what the filter asks for, each condition only when it is needed. Jurisdictions are
     * compared by foreign key, with their ids looked up first: given literal ids, the database can estimate from its
     * statistics how few concerns match, and fetch those instead of walking a sort index in search of them.
     */
    private QueryBuilder matching(ConcernFilter filter, Visibility visibility, LocalDate today) {
        QueryBuilder query = filter.asOf() == null ? new QueryBuilder(FROM)
                : new QueryBuilder(VERSIONS).where(InForce.at("c"), InForce.REVISION, revisions.at(filter.asOf()));
        visibility.restrict(query, "c", "c.affectedJurisdiction.id",
                () -> jurisdictionIds(visibility.jurisdictionCodes()));
        if (!filter.text().isEmpty()) {
            query.where("(lower(c.title) like :text or lower(c.description) like :text "
                    + "or lower(c.platformClaim) like :text)", "text", "%" + filter.text() + "%");
        }
        if (!filter.anyPlatform()) {
            query.where("c.platform.id in :platforms", "platforms", filter.platformIds());
        }
        if (!filter.anyJurisdiction() && filter.asOf() != null) {
            query.where(EITHER_SIDE, "jurisdictions", jurisdictionIds(filter.jurisdictionCodes()));
        } else if (!filter.anyJurisdiction()) {
            query.where(database.isH2() ? EITHER_SIDE_AS_UNION : EITHER_SIDE,
                    "jurisdictions", jurisdictionIds(filter.jurisdictionCodes()));
        }
        if (filter.category() != null) {
            query.where("c.category = :category", "category", filter.category());
        }
        if (filter.level() != null) {
            query.where("c.score between :minScore and :maxScore", "minScore", filter.minScore())
                    .with("maxScore", filter.maxScore());
        }
        if (!filter.anyState()) {
            query.where("c.state in :states", "states", filter.states());
        }
        if (filter.openOnly()) {
            query.where(OPEN);
        }
        if (filter.changedFrom() != null) {
            query.where("c.modifiedAt >= :changedFrom", "changedFrom", filter.changedFromStart());
        }
        if (filter.changedTo() != null) {
            query.where("c.modifiedAt < :changedBefore", "changedBefore", filter.changedToEnd());
        }
        if (filter.changedSince() != null) {
            query.where("c.modifiedAt >= :changedSince", "changedSince", filter.changedSince());
        }
        if (filter.overdueOnly()) {
            query.where(REVIEW_OVERDUE, ConcernRules.TODAY, today);
        }
        return query;
    }

    /**
     * In the past, a sort by when a concern last changed is a sort by the revision that made its version: the same
     * order (revisions are numbered as they are made), read from the version's own column rather than from the
     * revision each row would have to look up.
     */
    private static Pageable byRevision(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .map(order -> order.getProperty().equals(MODIFIED_AT) ? order.withProperty("rev") : order).toList());
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    /** The ids of the jurisdictions with these codes; a code and its id never change once saved, so they are kept. */
    private List<Long> jurisdictionIds(Set<String> codes) {
        List<String> unknown = codes.stream().filter(code -> !jurisdictionIds.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            entityManager.createQuery("select j.code, j.id from Jurisdiction j where j.code in :codes", Object[].class)
                    .setParameter("codes", unknown).getResultList()
                    .forEach(row -> jurisdictionIds.put((String) row[0], (Long) row[1]));
        }
        List<Long> ids = codes.stream().map(jurisdictionIds::get).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
