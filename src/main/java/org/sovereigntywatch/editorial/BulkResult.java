package org.sovereigntywatch.editorial;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.util.List;

/**
 * What a bulk action on publishable items did, item by item, in the order it went through them: the items changed,
 * and the items refused with the reason (a text, put into the user's words when shown). Each item was changed or
 * refused on its own, so the two lists together hold every item asked for, once.
 *
 * @param done    the items changed
 * @param refused the items left as they were, each with why
 */
public record BulkResult(List<Done> done, List<Refused> refused) {

    public BulkResult {
        done = List.copyOf(done);
        refused = List.copyOf(refused);
    }

    /** How many items were asked for. */
    public int total() {
        return done.size() + refused.size();
    }

    /** An item the action changed. */
    public record Done(long id, String title) {
    }

    /**
     * An item the action left as it was.
     *
     * @param title  the item's title; null when the caller may not see the item, or the action did not reach it (then
     *               it is named by its kind and id: "concern 12")
     * @param reason why, as a sentence for the user: "You do not cover the jurisdiction IN."
     */
    public record Refused(long id, @Nullable String title, Text reason) {
    }
}
