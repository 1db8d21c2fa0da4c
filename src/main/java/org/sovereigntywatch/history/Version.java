package org.sovereigntywatch.history;

/**
 * An item as one revision left it.
 *
 * @param itemId the item's id
 * @param number its place among the item's versions, 1 for the first recorded
 * @param kind   whether the revision created, changed or deleted it (a deleted item's last values are kept)
 * @param item   the item's values after the revision, read-only; related items as they stood then
 */
public record Version<T>(long itemId, int number, Revision revision, ChangeKind kind, T item) {
}
