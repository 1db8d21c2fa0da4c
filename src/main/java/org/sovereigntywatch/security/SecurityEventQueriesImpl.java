package org.sovereigntywatch.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sovereigntywatch.base.QueryBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.List;
import java.util.stream.Stream;

import static org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE;
import static org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;

/** Builds the security log's queries from only the conditions the filter sets (see {@link QueryBuilder}). */
class SecurityEventQueriesImpl implements SecurityEventQueries {

    private static final String FROM = " from SecurityEvent e";
    private static final String ROW = """
            select new org.sovereigntywatch.security.SecurityEventRow(e.id, e.occurredAt, e.type, e.actor, e.subject,
                e.clientAddress, e.detail)""";
    /** Newest first whatever the caller asks: the id orders events of the same instant as they were written. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<SecurityEventRow> search(SecurityEventFilter filter, Pageable pageable) {
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        return matching(filter).page(entityManager, ROW, newestFirst, SecurityEventRow.class);
    }

    @Override
    public long countMatching(SecurityEventFilter filter) {
        return matching(filter).query(entityManager, "select count(e)", "", Long.class).getSingleResult();
    }

    @Override
    public Stream<SecurityEventRow> stream(SecurityEventFilter filter) {
        return matching(filter).sorted(entityManager, ROW, NEWEST_FIRST, SecurityEventRow.class)
                .setHint(HINT_FETCH_SIZE, 1000).setHint(HINT_READ_ONLY, true).getResultStream();
    }

    private static QueryBuilder matching(SecurityEventFilter filter) {
        QueryBuilder query = new QueryBuilder(FROM);
        if (filter.type() != null) {
            query.where("e.type = :type", "type", filter.type());
        }
        if (!filter.user().isEmpty()) {
            // Usernames are stored lower-case, as sign-in reads them: an exact match that can use the indexes.
            query.where("(e.actor = :user or e.subject = :user)", "user", filter.user());
        }
        if (filter.from() != null) {
            query.where("e.occurredAt >= :from", "from", filter.from());
        }
        if (filter.before() != null) {
            query.where("e.occurredAt < :before", "before", filter.before());
        }
        if (!filter.text().isEmpty()) {
            query.where("(lower(e.detail) like :text or lower(e.actor) like :text or lower(e.subject) like :text "
                    + "or lower(e.clientAddress) like :text)", "text", "%" + filter.text() + "%");
        }
        return query;
    }
}
