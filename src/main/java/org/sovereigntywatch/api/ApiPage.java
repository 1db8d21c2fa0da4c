package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One page of a register: its items, and where the next page starts.
 *
 * @param <T> the items' type
 */
public record ApiPage<T>(
        @Schema(description = "The items of this page, in the order asked for.")
        List<T> items,
        @Schema(description = "The cursor of the next page, to send as `cursor` with the same filters and sort; "
                + "null on the last page.", nullable = true)
        @Nullable String nextCursor,
        @Schema(description = "The address of the next page: this request with `cursor` set; null on the last page.",
                nullable = true)
        @Nullable String next) {
}
