package org.sovereigntywatch.editorial;

import org.sovereigntywatch.history.ChangeKind;
import org.sovereigntywatch.history.FieldChange;
import org.sovereigntywatch.history.HistoryEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stream of an item's history, newest first: the changes to its fields and parts, and its review log. A move
 * made the revision its log line names, so its comment joins that revision's line rather than standing apart; a
 * creation logged without its revision (an import's) is the item's first version all the same. Moves logged before
 * history was kept, and comments, are lines of their own.
 */
final class ReviewStream {

    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator.comparing(HistoryEntry::at)
            .thenComparing(entry -> entry.revision() == null ? Long.MIN_VALUE : entry.revision())
            .reversed();

    private ReviewStream() {
    }

    static List<HistoryEntry> merge(List<HistoryEntry> own, List<HistoryEntry> parts, List<ReviewEntry> log) {
        List<HistoryEntry> stream = new ArrayList<>(own);
        Map<Long, Integer> byRevision = new HashMap<>();
        for (int i = 0; i < stream.size(); i++) {
            Long revision = stream.get(i).revision();
            if (revision != null) {
                byRevision.put(revision, i);
            }
        }
        Integer created = null;
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).kind() == ChangeKind.CREATED) {
                created = i;
            }
        }
        for (ReviewEntry line : log) {
            Integer made = line.getRevision() != null ? byRevision.get(line.getRevision())
                    : line.isMove() && line.getFromState() == null ? created : null;
            if (made != null) {
                stream.set(made, stream.get(made).withComment(line.getComment()));
            } else {
                stream.add(standAlone(line));
            }
        }
        stream.addAll(parts);
        stream.sort(NEWEST_FIRST);
        return stream;
    }

    private static HistoryEntry standAlone(ReviewEntry line) {
        if (!line.isMove()) {
            return new HistoryEntry(line.getAt(), line.getAuthor(), ChangeKind.COMMENTED, null, null, null, List.of(),
                    line.getComment(), null);
        }
        ChangeKind kind = line.getFromState() == null ? ChangeKind.CREATED : ChangeKind.CHANGED;
        FieldChange move = new FieldChange(PublishableService.STATE_LABEL, line.getFromState(), line.getToState(),
                false);
        return new HistoryEntry(line.getAt(), line.getAuthor(), kind, null, null, null, List.of(move),
                line.getComment(), null);
    }
}
