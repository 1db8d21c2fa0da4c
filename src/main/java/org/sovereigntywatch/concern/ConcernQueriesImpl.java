package org.sovereigntywatch.concern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sovereigntywatch.base.QueryBuilder;
import org.sovereigntywatch.security.EditorialPolicy.Visibility;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;
import static org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

/**
 * Builds the concern queries from only the conditions the filter and the user's visibility need, so that an unused
 * filter costs nothing and a used one can take an index (see {@link QueryBuilder}).
 */
class ConcernQueriesImpl implements ConcernQueries {

    private static final String FROM = """
             from Concern c join c.platform p join c.affectedJurisdiction aj join c.accessingJurisdiction xj \
            join c.owner o""";
    private static final String ROW = """
            select new org.sovereigntywatch.concern.ConcernRow(c.id, c.title, p.name, aj.code, xj.code, c.category,
                c.description, c.platformClaim, c.claimStatus, c.likelihood, c.impact, c.score, c.confidence,
                c.treatmentStatus, o.displayName, c.nextReview, c.state, c.createdBy, c.createdAt, c.modifiedBy,
                c.modifiedAt)""";
    private static final String COUNTS = "org.sovereigntywatch.concern.ConcernCounts$";
    /** Open concerns: still being worked on ({@link TreatmentStatus#isOpen()}) and not archived. */
    private static final String OPEN_CONCERN = """
            c.treatmentStatus in (org.sovereigntywatch.concern.TreatmentStatus.OPEN,
                org.sovereigntywatch.concern.TreatmentStatus.MONITORING)
            and c.state <> org.sovereigntywatch.base.PublicationState.ARCHIVED""";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<ConcernRow> search(ConcernFilter filter, Visibility visibility, LocalDate today, Pageable pageable) {
        return matching(filter, visibility, today).page(entityManager, ROW, pageable, ConcernRow.class);
    }

    @Override
    public long countMatching(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return matching(filter, visibility, today).query(entityManager, "select count(c)", "", Long.class)
                .getSingleResult();
    }

    @Override
    public Stream<ConcernRow> stream(ConcernFilter filter, Visibility visibility, LocalDate today, Sort sort) {
        return matching(filter, visibility, today).sorted(entityManager, ROW, sort, ConcernRow.class)
                .setHint(HINT_FETCH_SIZE, 500).setHint(HINT_READ_ONLY, true).getResultStream();
    }

    @Override
    public List<ConcernCounts.ByScore> countByScore(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return matching(filter, visibility, today).with("today", today).query(entityManager,
                "select new " + COUNTS + "ByScore(c.score, count(c), sum(case when c.nextReview < :today then 1 else 0 end))",
                " group by c.score", ConcernCounts.ByScore.class).getResultList();
    }

    @Override
    public List<ConcernCounts.HeatCell> heatByAffected(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return matching(filter, visibility, today).query(entityManager,
                "select new " + COUNTS + "HeatCell(aj.code, p.name, max(c.score), count(c))",
                " group by aj.code, p.name", ConcernCounts.HeatCell.class).getResultList();
    }

    @Override
    public List<ConcernCounts.HeatCell> heatByAccessing(ConcernFilter filter, Visibility visibility, LocalDate today) {
        return matching(filter, visibility, today).where("xj <> aj").query(entityManager,
                "select new " + COUNTS + "HeatCell(xj.code, p.name, max(c.score), count(c))",
                " group by xj.code, p.name", ConcernCounts.HeatCell.class).getResultList();
    }

    @Override
    public List<ConcernCounts.ByKeyAndScore> countByAffectedAndScore(ConcernFilter filter, Visibility visibility,
                                                                     LocalDate today) {
        return matching(filter, visibility, today).query(entityManager,
                "select new " + COUNTS + "ByKeyAndScore(aj.code, c.score, count(c))",
                " group by aj.code, c.score", ConcernCounts.ByKeyAndScore.class).getResultList();
    }

    @Override
    public List<ConcernCounts.ByKeyAndScore> countByAccessingAndScore(ConcernFilter filter, Visibility visibility,
                                                                      LocalDate today) {
        return matching(filter, visibility, today).where("xj <> aj").query(entityManager,
                "select new " + COUNTS + "ByKeyAndScore(xj.code, c.score, count(c))",
                " group by xj.code, c.score", ConcernCounts.ByKeyAndScore.class).getResultList();
    }

    @Override
    public List<ConcernCounts.ByKeyAndScore> countByPlatformAndScore(ConcernFilter filter, Visibility visibility,
                                                                     LocalDate today) {
        return matching(filter, visibility, today).query(entityManager,
                "select new " + COUNTS + "ByKeyAndScore(p.name, c.score, count(c))",
                " group by p.name, c.score", ConcernCounts.ByKeyAndScore.class).getResultList();
    }

    /** What the user may see, then what the filter asks for, each condition only when it is needed. */
    private static QueryBuilder matching(ConcernFilter filter, Visibility visibility, LocalDate today) {
        QueryBuilder query = new QueryBuilder(FROM);
        if (!visibility.drafts()) {
            query.where("c.state = org.sovereigntywatch.base.PublicationState.PUBLISHED");
        } else if (!visibility.everywhere()) {
            query.where("(c.state = org.sovereigntywatch.base.PublicationState.PUBLISHED or aj.code in :scope)",
                    "scope", visibility.jurisdictionCodes());
        }
        if (!filter.text().isEmpty()) {
            query.where("(lower(c.title) like :text or lower(c.description) like :text "
                    + "or lower(c.platformClaim) like :text)", "text", "%" + filter.text() + "%");
        }
        if (!filter.anyPlatform()) {
            query.where("p.id in :platforms", "platforms", filter.platformIds());
        }
        if (!filter.anyJurisdiction()) {
            query.where("(aj.code in :jurisdictions or xj.code in :jurisdictions)", "jurisdictions",
                    filter.jurisdictionCodes());
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
            query.where(OPEN_CONCERN);
        }
        if (filter.changedFrom() != null) {
            query.where("c.modifiedAt >= :changedSince", "changedSince", filter.changedSince());
        }
        if (filter.changedTo() != null) {
            query.where("c.modifiedAt < :changedBefore", "changedBefore", filter.changedBefore());
        }
        if (filter.overdueOnly()) {
            query.where("c.nextReview < :overdueDay and c.treatmentStatus <> "
                    + "org.sovereigntywatch.concern.TreatmentStatus.CLOSED", "overdueDay", today);
        }
        return query;
    }
}
