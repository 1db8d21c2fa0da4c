package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Keyset;

/**
 * The order of a list, where it goes on from and how much it gives: the {@code sort}, {@code cursor} and {@code limit}
 * query parameters of every register's list. The orders offered are each list's own ({@link Paging}), named in its
 * description.
 */
record PageParameters(
        @Parameter(description = "The order, by one of the names this list's description gives (its default first); "
                + "a leading `-` sorts descending. Ties go by id.")
        @Nullable String sort,
        @Parameter(description = "Where to go on from: the previous page's `nextCursor`, as it came.")
        @Nullable String cursor,
        @Parameter(description = "Items per page, 1 to " + Paging.MAX_LIMIT + ".", schema = @Schema(type = "integer",
                minimum = "1", maximum = "" + Paging.MAX_LIMIT, defaultValue = "" + Paging.DEFAULT_LIMIT))
        @Nullable Integer limit) {

    /** The page these parameters ask for in {@code paging}'s orders; see {@link Paging#keyset}. */
    Keyset keyset(Paging<?> paging) {
        return paging.keyset(sortOr(paging), cursor, limit == null ? Paging.DEFAULT_LIMIT : limit);
    }

    /** The order asked for, or the list's default. */
    String sortOr(Paging<?> paging) {
        return sort == null || sort.isBlank() ? paging.defaultSort() : sort;
    }
}
