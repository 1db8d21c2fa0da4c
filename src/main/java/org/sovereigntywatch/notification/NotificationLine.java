package org.sovereigntywatch.notification;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.time.Instant;

/**
 * One notification as its reader may see it now: what it says, and the item it links to. A notification about an item
 * the reader may no longer see (rights change, drafts are deleted) keeps its place in the list but says nothing of the
 * item: no title, no comment, no link.
 *
 * @param itemKind the kind of the item it links to ("concern", "measure"); null when the item is not shown
 * @param detail   the comment that came with it, if any and the item is shown
 */
public record NotificationLine(long id, NotificationReason reason, Text message, @Nullable String itemKind,
                               @Nullable Long itemId, @Nullable String detail, Instant at, boolean read) {

    /** Whether the line names and links to its item. */
    public boolean shown() {
        return itemKind != null;
    }
}
