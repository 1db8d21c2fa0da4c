package org.sovereigntywatch.editorial;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.history.Revisions;
import org.sovereigntywatch.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The review log of every publishable item: who moved it from which state to which, or commented, and when. Items are
 * named by kind and id ({@link ReviewEntry}), so a new publishable kind needs no table of its own. Only
 * {@link PublishableService} writes it, after its checks.
 */
@FeatureApi
@Component
public class ReviewLog {

    private final ReviewEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Revisions revisions;
    private final Set<String> kinds = ConcurrentHashMap.newKeySet();

    ReviewLog(ReviewEntryRepository entries, CurrentUser currentUser, Clock clock, Revisions revisions) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.revisions = revisions;
    }

    /**
     * Takes a publishable kind's name, which its lines are stored under: two kinds with one name would share a log
     * (and the answer to whether a draft was ever published), so a second one stops the application at start-up.
     *
     * @return the name
     */
    String register(String kind) {
        if (kind.isBlank() || kind.length() > ReviewEntry.KIND_MAX) {
            throw new IllegalArgumentException("A publishable kind's name has 1 to " + ReviewEntry.KIND_MAX
                    + " characters: " + kind);
        }
        if (!kinds.add(kind)) {
            throw new IllegalStateException("Two publishable kinds are named " + kind);
        }
        return kind;
    }

    /**
     * Writes a move (from and to; from is null for the creation), with the revision the move's transaction records, or
     * a comment (no states), by the signed-in user.
     */
    ReviewEntry record(String kind, long id, @Nullable PublicationState from, @Nullable PublicationState to,
                       @Nullable String comment) {
        Long revision = to == null ? null : revisions.current();
        return entries.save(new ReviewEntry(kind, id, currentUser.require().getUsername(), Instant.now(clock), from, to,
                comment, revision));
    }

    /**
     * The first line of each of these new items' logs, written with the next flush, in batches. The lines name no
     * revision: an import clears its persistence context between chunks, which would detach a revision made this early
     * and fail the commit; an item's history joins its creation line to its first version all the same
     * ({@link ReviewStream}).
     */
    void recordAll(String kind, List<Long> ids, PublicationState to) {
        String author = currentUser.require().getUsername();
        Instant now = Instant.now(clock);
        entries.saveAll(ids.stream().map(id -> new ReviewEntry(kind, id, author, now, null, to, null, null)).toList());
    }

    /** The item's log, oldest first. */
    List<ReviewEntry> entries(String kind, long id) {
        return entries.findByItem(kind, id);
    }

    /** The item's last publication that names the revision it published. */
    Optional<ReviewEntry> lastPublication(String kind, long id) {
        return entries.findPublications(kind, id, PageRequest.of(0, 1)).stream().findFirst();
    }

    /** Who wrote in the item's log (moved it or commented), by username. */
    Set<String> authors(String kind, long id) {
        return entries.findAuthors(kind, id);
    }

    boolean wasEverPublished(String kind, long id) {
        return entries.wasEverPublished(kind, id);
    }

    /** Removes the log of a deleted item (only a draft never published is ever deleted). */
    void forget(String kind, long id) {
        entries.deleteByItem(kind, id);
    }
}
