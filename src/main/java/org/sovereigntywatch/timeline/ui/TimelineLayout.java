package org.sovereigntywatch.timeline.ui;

import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.TimelineEvent;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where everything goes on a timeline, in percent of the axis: the ticks, the lanes (one per jurisdiction or per
 * platform) and, in each lane, every event's left edge, width and row. An event's left edge is where its period
 * starts; a month or a year is as wide as that period. Events that would overlap in a lane go on separate rows.
 * The chart component and the dashboard's compact HTML both draw from this.
 */
record TimelineLayout(List<Tick> ticks, List<Lane> lanes) {

    /**
     * The share of the axis a day's dot takes, centred on its date, when deciding which markers would overlap: the
     * dot is 1.1rem wide, about 3% of an axis on a laptop screen.
     */
    static final double DOT_WIDTH_PERCENT = 3.5;

    record Tick(double left, String label, boolean yearStart) {
    }

    record Placement(TimelineEvent event, double left, double width, int row) {
        boolean point() {
            return event.row().precision() == DatePrecision.DAY;
        }

        String classNames() {
            return "timeline-event family-" + event.row().action().family().name().toLowerCase()
                    + (point() ? " point" : " span") + (event.row().expected() ? " expected" : "");
        }

        String title() {
            PolicyDate date = event.row().date();
            return date.label() + " · " + event.row().action().label() + (event.row().expected() ? " (expected)" : "")
                    + " · " + event.row().measureTitle();
        }
    }

    record Lane(String name, List<Placement> placements, int rows) {
    }

    static TimelineLayout of(List<TimelineEvent> events, LocalDate from, LocalDate to, TimelineChart.Lanes mode) {
        LocalDate last = to.isBefore(from) ? from : to;
        Map<String, List<TimelineEvent>> byLane = new TreeMap<>();
        Function<TimelineEvent, List<String>> keys = mode == TimelineChart.Lanes.JURISDICTION
                ? event -> List.of(event.row().jurisdiction())
                : TimelineEvent::platforms;
        for (TimelineEvent event : events) {
            keys.apply(event).forEach(key -> byLane.computeIfAbsent(key, k -> new ArrayList<>()).add(event));
        }
        List<Lane> lanes = new ArrayList<>();
        byLane.forEach((name, laneEvents) -> lanes.add(lane(name, laneEvents, from, last)));
        return new TimelineLayout(ticks(from, last), lanes);
    }

    /** Where a day falls on the axis from {@code from} to {@code to}, in percent of its width from the left. */
    static double percentOf(LocalDate day, LocalDate from, LocalDate to) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        return 100.0 * ChronoUnit.DAYS.between(from, day) / total;
    }

    private static Lane lane(String name, List<TimelineEvent> events, LocalDate from, LocalDate to) {
        List<Placement> placements = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        for (TimelineEvent event : events) {
            PolicyDate date = event.row().date();
            LocalDate start = date.start().isBefore(from) ? from : date.start();
            LocalDate end = date.end().isAfter(to) ? to : date.end();
            double left = percentOf(start, from, to);
            double width = percentOf(end.plusDays(1), from, to) - left;
            boolean point = date.precision() == DatePrecision.DAY;
            double occupiedFrom = point ? left - DOT_WIDTH_PERCENT / 2 : left;
            double right = point ? left + DOT_WIDTH_PERCENT / 2 : left + Math.max(width, DOT_WIDTH_PERCENT / 2);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > occupiedFrom) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(right);
            } else {
                rowEnds.set(row, right);
            }
            placements.add(new Placement(event, left, width, row));
        }
        return new Lane(name, placements, Math.max(1, rowEnds.size()));
    }

    /** Year ticks; month ticks too when the range is three years or less. */
    private static List<Tick> ticks(LocalDate from, LocalDate to) {
        List<Tick> ticks = new ArrayList<>();
        boolean months = ChronoUnit.YEARS.between(from, to) <= 3;
        LocalDate tick = from.withDayOfMonth(1);
        if (tick.isBefore(from)) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(to); tick = tick.plusMonths(1)) {
            boolean yearStart = tick.getMonth() == Month.JANUARY;
            if (yearStart || months) {
                ticks.add(new Tick(percentOf(tick, from, to), yearStart ? String.valueOf(tick.getYear())
                        : tick.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), yearStart));
            }
        }
        return ticks;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}
