package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The rows of the measure and event aggregates the dashboard and the reports read, each a {@code GROUP BY} in SQL. */
public final class MeasureCounts {

    private MeasureCounts() {
    }

    /** How many measures of a jurisdiction or platform have this current status (null: no event has happened). */
    public record ByKeyAndStatus(String key, @Nullable EventAction status, long count) {
    }

    /** The latest date among the events of a jurisdiction's or platform's measures. */
    public record LatestEvent(String key, LocalDate latest) {
    }
}
