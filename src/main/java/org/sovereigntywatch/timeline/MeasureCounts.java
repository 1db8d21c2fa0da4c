package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** The rows of the measure and event aggregates the dashboard and the reports read, each a {@code GROUP BY} in SQL. */
public final class MeasureCounts {

    private MeasureCounts() {
    }

    /** How many measures of a jurisdiction or platform have this current status (null: no event has happened). */
    public record ByKeyAndStatus(String key, @Nullable EventAction status, long count) {
    }

    /**
     * The latest date among the events of a jurisdiction's or platform's measures, from the latest start of each
     * precision (null where there is no event of that precision).
     */
    public record LatestEvent(String key, @Nullable LocalDate latestDay, @Nullable LocalDate latestMonth,
                              @Nullable LocalDate latestYear) {

        /** The latest of the three, in {@link PolicyDate}'s order: at the same start, the narrowest date. */
        public PolicyDate latest() {
            return Stream.of(date(latestDay, DatePrecision.DAY), date(latestMonth, DatePrecision.MONTH),
                            date(latestYear, DatePrecision.YEAR))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("A latest event row without a date"));
        }

        private static @Nullable PolicyDate date(@Nullable LocalDate start, DatePrecision precision) {
            return start == null ? null : new PolicyDate(start, precision);
        }
    }
}
