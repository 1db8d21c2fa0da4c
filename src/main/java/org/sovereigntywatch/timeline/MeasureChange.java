package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.Instant;

/** A measure as a list of recent changes shows it: what, its state, who changed it last and when. */
public record MeasureChange(long id, String title, PublicationState state, @Nullable String modifiedBy,
                            @Nullable Instant modifiedAt) {

    static MeasureChange of(PolicyMeasure measure) {
        return new MeasureChange(measure.getId(), measure.getTitle(), measure.getState(), measure.getModifiedBy(),
                measure.getModifiedAt());
    }
}
