package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.editorial.PublicationState;

import java.util.List;
import java.util.Optional;

/**
 * One measure as the measures register shows it, now or as it stood at a past moment: plain values, its platforms by
 * name, and its current status (the latest event that had happened).
 */
public record MeasureRow(long id, String title, String jurisdiction, List<String> platforms, Instrument instrument,
                         @Nullable EventAction currentAction, @Nullable PolicyDate currentSince,
                         PublicationState state) {

    public MeasureRow {
        platforms = List.copyOf(platforms);
    }

    /** "In force since January 2021"; empty while no event has happened. */
    public Optional<Text> currentStatus() {
        return PolicyMeasure.status(currentAction, currentSince);
    }
}
