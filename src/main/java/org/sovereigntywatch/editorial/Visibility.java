package org.sovereigntywatch.editorial;

import org.sovereigntywatch.base.QueryBuilder;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/**
 * What a user may see of publishable items: published ones everywhere, and, for analysts and up
 * ({@code seesUnpublished}), every state in the jurisdictions they cover, subdivisions included (all when
 * {@code jurisdictionCodes} is empty). {@link EditorialPolicy#visibility()} gives the signed-in user's.
 */
public record Visibility(boolean seesUnpublished, Set<String> jurisdictionCodes) {

    public Visibility {
        jurisdictionCodes = Set.copyOf(jurisdictionCodes);
    }

    public boolean everywhere() {
        return jurisdictionCodes.isEmpty();
    }

    /** The codes for a SQL {@code in} list, never empty (an empty list is not valid SQL everywhere). */
    public Set<String> codes() {
        return jurisdictionCodes.isEmpty() ? Set.of("") : jurisdictionCodes;
    }

    public boolean includes(PublicationState state, String jurisdictionCode) {
        return state == PUBLISHED || seesUnpublished && (everywhere() || jurisdictionCodes.contains(jurisdictionCode));
    }

    /**
     * Narrows a query of publishable items to what this visibility includes, the same rule as {@link #includes} in
     * JPQL, adding only the conditions needed.
     *
     * @param item        the alias of the items in the query ({@code c})
     * @param scopeColumn the column that holds the item's scope ({@code c.affectedJurisdiction.id})
     * @param scope       the values of that column the user covers (ids or codes, as the column holds them), asked
     *                    for only when the user sees unpublished items in some jurisdictions
     */
    public QueryBuilder restrict(QueryBuilder query, String item, String scopeColumn,
                                 Supplier<? extends Collection<?>> scope) {
        String published = item + ".state = " + PublicationState.class.getName() + "." + PUBLISHED.name();
        if (!seesUnpublished) {
            query.where(published);
        } else if (!everywhere()) {
            query.where("(" + published + " or " + scopeColumn + " in :scope)", "scope", scope.get());
        }
        return query;
    }
}
