package org.sovereigntywatch.history;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.time.Instant;
import java.util.List;

/**
 * A line of an item's history as its page shows it: who did what and when, the fields it changed, and what they said.
 *
 * @param version      the item's version this change made (1 = the first recorded); null for a comment and for a move
 *                     logged before history was kept
 * @param revision     the revision that made it, for a restore; null where {@code version} is
 * @param subject      what the change was to, when not the item itself: "Event: Ban enters into force"
 * @param comment      the comment written with the change (a return to draft's reason) or the comment itself
 * @param restoredFrom the version this change put back, when it was a restore
 */
public record HistoryEntry(Instant at, String username, ChangeKind kind, @Nullable Integer version,
                           @Nullable Long revision, @Nullable Text subject, List<FieldChange> changes,
                           @Nullable String comment, @Nullable Integer restoredFrom) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** The same line, saying what it is about: for lines of several items shown together. */
    public HistoryEntry about(Text what) {
        return new HistoryEntry(at, username, kind, version, revision, what, changes, comment, restoredFrom);
    }

    /** The same line with the comment written with it. */
    public HistoryEntry withComment(@Nullable String text) {
        return new HistoryEntry(at, username, kind, version, revision, subject, changes, text, restoredFrom);
    }
}
