package org.sovereigntywatch.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query assembled from only the conditions a filter needs, with their parameters. Registers build their list,
 * count, export and aggregate queries with it so that a filter left empty adds nothing the database would have to
 * evaluate row by row, and a filter that is set can use an index.
 */
public final class QueryBuilder {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param from the {@code from} clause with its joins, starting with a space: {@code " from Concern c join …"} */
    public QueryBuilder(String from) {
        this.from = from;
    }

    /** Adds a condition without parameters. */
    public QueryBuilder where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with one named parameter. */
    public QueryBuilder where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** Sets a parameter used by the select or the tail (a {@code group by}, a {@code case}). */
    public QueryBuilder with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** The value a parameter was given so far; null if none. */
    public @Nullable Object parameter(String name) {
        return parameters.get(name);
    }

    /**
     * This query as the derived table {@code x} of an outer one, {@code outerSelect from (innerSelect + from + where)
     * x tail}: to group by what the inner select computes per row.
     */
    public <T> TypedQuery<T> derived(EntityManager entityManager, String innerSelect, String outerSelect, String tail,
                                     Class<T> type) {
        TypedQuery<T> query = entityManager.createQuery(outerSelect + " from (" + innerSelect + from + where() + ") x"
                + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code select + from + where + tail}, with the parameters bound. */
    public <T> TypedQuery<T> query(EntityManager entityManager, String select, String tail, Class<T> type) {
        TypedQuery<T> query = entityManager.createQuery(select + from + where() + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The query sorted as asked, property paths relative to the first alias of the {@code from} clause, ties broken by
     * id. Without that last key the database may return tied rows (or, unsorted, all rows) in any order it likes, and
     * a different one for a page than for the export: the grid's pages could then repeat or skip a row, and the CSV
     * would list the rows in another order than the grid.
     */
    public <T> TypedQuery<T> sorted(EntityManager entityManager, String select, Sort sort, Class<T> type) {
        // Sorted after the from and where alone: a subquery in the select with an order by of its own (the latest event
        // of each measure) would otherwise pass for the query's order by, and the sort be appended to it.
        String jpql = select + QueryUtils.applySorting(from + where(), stable(sort), alias());
        TypedQuery<T> query = entityManager.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** One page of the query, sorted as the page asks. */
    public <T> List<T> page(EntityManager entityManager, String select, Pageable pageable, Class<T> type) {
        TypedQuery<T> query = sorted(entityManager, select, pageable.getSort(), type);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    /**
     * The page of the query that {@code keyset} asks for: the rows after its last one in its order, at most its size.
     * The comparison is spelled out ({@code p > v or p = v and id > i}) rather than as a row value, which neither JPQL
     * nor H2's planner takes; PostgreSQL and H2 both read it from an index on (property, id).
     */
    public <T> List<T> seek(EntityManager entityManager, String select, Keyset keyset, Class<T> type) {
        if (!keyset.isFirst()) {
            String alias = alias();
            String after = keyset.direction().isAscending() ? " > " : " < ";
            String id = alias + "." + Keyset.ID;
            if (keyset.property().equals(Keyset.ID)) {
                where(id + after + ":seekId", "seekId", keyset.lastId());
            } else {
                String property = alias + "." + keyset.property();
                where("(" + property + after + ":seekValue or (" + property + " = :seekValue and " + id + after
                        + ":seekId))", "seekValue", keyset.lastValue()).with("seekId", keyset.lastId());
            }
        }
        return sorted(entityManager, select, keyset.sort(), type).setMaxResults(keyset.size()).getResultList();
    }

    static Sort stable(Sort sort) {
        return sort.getOrderFor("id") == null ? sort.and(Sort.by("id")) : sort;
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The alias of the queried entity: the word after the entity name in {@code " from Entity alias …"}. */
    private String alias() {
        return from.strip().split("\\s+")[2];
    }
}
