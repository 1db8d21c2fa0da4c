package org.sovereigntywatch.timeline.ui;

import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventStatus;
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
 * starts; a month or a year is as wide as that period. Events that would overlap in a lane go on separate rows, up to
 * {@link #MAX_ROWS}; those that find no free row are counted in an {@link Overflow} marker on one more row below, so
 * that a crowded week never makes a lane taller than that. The chart component and the dashboard's compact HTML both
 * draw from this.
 */
record TimelineLayout(List<Tick> ticks, List<Lane> lanes) {

    /**
     * The share of the axis a day's dot takes, centred on its date, when deciding which markers would overlap: the
     * dot is 1.1rem wide, about 3% of an axis on a laptop screen.
     */
    static final double DOT_WIDTH_PERCENT = 3.5;

    /** Rows of markers a lane may have; what does not fit goes into "+N" markers on one row below them. */
    static final int MAX_ROWS = 3;

    record Tick(double left, String label, boolean yearStart) {
    }

    record Placement(TimelineEvent event, double left, double width, int row) {
        boolean point() {
            return event.row().precision() == DatePrecision.DAY;
        }

        String classNames() {
            EventRow row = event.row();
            return "timeline-event " + ActionBadge.familyClass(row.action().family()) + (point() ? " point" : " span")
                    + switch (row.status()) {
                        case EXPECTED -> " expected";
                        case CANCELLED -> " expected cancelled";
                        case HAPPENED -> "";
                    }
                    + (row.unpublished() ? " unpublished" : "");
        }

        String title() {
            return describe(event);
        }
    }

    /** Events of a lane that found no free row, drawn as one "+N" marker at the first one's date. */
    record Overflow(List<TimelineEvent> events, double left, int row) {
        String label() {
            return "+" + events.size();
        }

        String title() {
            return Translations.text("timeline.more.title", events.size(),
                    String.join("; ", events.stream().map(TimelineLayout::describe).toList()));
        }
    }

    /**
     * "17 January 2025 · Ruling (expected) · Measure title (draft)", « 17 janvier 2025 · Décision de justice (à venir)
     * · … (brouillon) »: what a marker's tooltip says, in the language of the current UI.
     */
    static String describe(TimelineEvent event) {
        EventRow row = event.row();
        return when(row.date(), row.action(), row.status()) + " · " + row.measureTitle()
                + (row.unpublished() ? " (" + Translations.label(row.measureState()).toLowerCase(Translations.locale())
                + ")" : "");
    }

    /** "17 January 2025 · Ruling (expected)": a step's date, action and status, in the language of the current UI. */
    static String when(PolicyDate date, EventAction action, EventStatus status) {
        return Translations.local(date) + " · " + Translations.text(status.withAction(action));
    }

    /** @param rows how many rows the lane is drawn with, the overflow row included */
    record Lane(String name, List<Placement> placements, List<Overflow> overflows, int rows) {
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
        return new TimelineLayout(ticks(from, last, Translations.locale()), lanes);
    }

    /** Where a day falls on the axis from {@code from} to {@code to}, in percent of its width from the left. */
    static double percentOf(LocalDate day, LocalDate from, LocalDate to) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        return 100.0 * ChronoUnit.DAYS.between(from, day) / total;
    }

    private static Lane lane(String name, List<TimelineEvent> events, LocalDate from, LocalDate to) {
        List<Placement> placements = new ArrayList<>();
        List<Overflow> overflows = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        List<TimelineEvent> crowd = new ArrayList<>();
        double crowdLeft = 0;
        double crowdEnd = Double.NEGATIVE_INFINITY;
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
            if (row == MAX_ROWS) {
                // No free row: the event joins the "+N" marker of the crowd it overlaps, or starts a new one.
                if (occupiedFrom >= crowdEnd && !crowd.isEmpty()) {
                    overflows.add(new Overflow(List.copyOf(crowd), crowdLeft, MAX_ROWS));
                    crowd.clear();
                }
                if (crowd.isEmpty()) {
                    crowdLeft = left;
                }
                crowd.add(event);
                crowdEnd = Math.max(crowdEnd, right);
                continue;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(right);
            } else {
                rowEnds.set(row, right);
            }
            placements.add(new Placement(event, left, width, row));
        }
        if (!crowd.isEmpty()) {
            overflows.add(new Overflow(List.copyOf(crowd), crowdLeft, MAX_ROWS));
        }
        int rows = Math.max(1, rowEnds.size()) + (overflows.isEmpty() ? 0 : 1);
        return new Lane(name, placements, overflows, rows);
    }

    /**
     * Year ticks; month ticks too when the range is three years or less. Over a year, only the quarters' months (April,
     * July, October) are named: a name for every month overlapped its neighbours' on a laptop screen, where a month of
     * a three-year range is about 17 pixels wide. Months are named short, as readers of {@code locale} abbreviate them
     * ("Feb", « févr. »).
     */
    static List<Tick> ticks(LocalDate from, LocalDate to, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        boolean months = ChronoUnit.YEARS.between(from, to) <= 3;
        boolean everyMonthNamed = ChronoUnit.MONTHS.between(from, to) < 12;
        LocalDate tick = from.withDayOfMonth(1);
        if (tick.isBefore(from)) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(to); tick = tick.plusMonths(1)) {
            boolean yearStart = tick.getMonth() == Month.JANUARY;
            if (yearStart || months) {
                boolean named = everyMonthNamed || tick.getMonthValue() % 3 == 1;
                ticks.add(new Tick(percentOf(tick, from, to), yearStart ? String.valueOf(tick.getYear())
                        : named ? tick.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) : "", yearStart));
            }
        }
        return ticks;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}
