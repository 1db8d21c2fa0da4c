package org.sovereigntywatch.concern;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ReviewEntry;

import java.time.Instant;

/** A line of a concern's review log: a workflow move or a comment. */
@Entity
public class ConcernReviewEntry extends ReviewEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable Concern concern;

    protected ConcernReviewEntry() {
    }

    ConcernReviewEntry(Concern concern, String author, Instant at, @Nullable PublicationState fromState,
                       @Nullable PublicationState toState, @Nullable String comment) {
        super(author, at, fromState, toState, comment);
        this.concern = concern;
    }
}
