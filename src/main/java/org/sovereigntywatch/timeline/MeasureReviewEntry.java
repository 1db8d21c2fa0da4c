package org.sovereigntywatch.timeline;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ReviewEntry;

import java.time.Instant;

/** A line of a measure's review log: a workflow move or a comment. */
@Entity
public class MeasureReviewEntry extends ReviewEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable PolicyMeasure measure;

    protected MeasureReviewEntry() {
    }

    MeasureReviewEntry(PolicyMeasure measure, String author, Instant at, @Nullable PublicationState fromState,
                       @Nullable PublicationState toState, @Nullable String comment) {
        super(author, at, fromState, toState, comment);
        this.measure = measure;
    }
}
