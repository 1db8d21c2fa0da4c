package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
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
 * Events on a shared horizontal time axis, one lane per jurisdiction or per platform, drawn with plain elements and
 * CSS (no charting library). An event's left edge is where its period starts; a month or a year is a span as wide as
 * that period, a day a dot. Colour says the action's family, a hollow marker an expected step. Markers that would
 * overlap in a lane go on separate rows of it. Clicking a marker fires an {@link EventClickEvent}.
 */
public class TimelineChart extends Composite<Div> {

    /** How lanes are formed: by the measure's jurisdiction, or by each platform the measure affects. */
    public enum Lanes { JURISDICTION, PLATFORM }

    /** A marker narrower than this share of the axis is drawn as a dot of fixed size; used to avoid overlaps. */
    private static final double DOT_WIDTH_PERCENT = 1.2;

    private final List<Lane> lanes = new ArrayList<>();
    private LocalDate from = LocalDate.now().minusYears(1);
    private LocalDate to = LocalDate.now();

    public TimelineChart() {
        getContent().addClassName("timeline-chart");
    }

    /** Draws {@code events} between {@code from} and {@code to} (both included). */
    public void show(List<TimelineEvent> events, LocalDate from, LocalDate to, Lanes mode) {
        this.from = from;
        this.to = to.isBefore(from) ? from : to;
        lanes.clear();
        Map<String, List<TimelineEvent>> byLane = new TreeMap<>();
        Function<TimelineEvent, List<String>> keys = mode == Lanes.JURISDICTION
                ? event -> List.of(event.row().jurisdiction())
                : TimelineEvent::platforms;
        for (TimelineEvent event : events) {
            keys.apply(event).forEach(key -> byLane.computeIfAbsent(key, k -> new ArrayList<>()).add(event));
        }
        byLane.forEach((name, laneEvents) -> lanes.add(new Lane(name, laneEvents)));

        Div content = getContent();
        content.removeAll();
        content.add(axis());
        lanes.forEach(lane -> content.add(lane.element));
        if (lanes.isEmpty()) {
            Span empty = new Span("No event in this range for these filters.");
            empty.addClassName("timeline-empty");
            content.add(empty);
        }
    }

    /** The lanes drawn, top to bottom, by name (a jurisdiction's code or a platform's name). */
    public List<String> laneNames() {
        return lanes.stream().map(lane -> lane.name).toList();
    }

    /** The markers of one lane, in date order. */
    public List<Marker> markers(String laneName) {
        return lanes.stream().filter(lane -> lane.name.equals(laneName)).findFirst()
                .map(lane -> lane.markers).orElse(List.of());
    }

    /** Where a day falls on the axis, in percent of its width from the left. */
    double percentOf(LocalDate day) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        return 100.0 * ChronoUnit.DAYS.between(from, day) / total;
    }

    private Div axis() {
        Div axis = new Div();
        axis.addClassName("timeline-axis");
        long years = ChronoUnit.YEARS.between(from, to);
        LocalDate tick = from.withDayOfMonth(1);
        if (tick.isBefore(from)) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(to); tick = tick.plusMonths(1)) {
            boolean yearStart = tick.getMonth() == Month.JANUARY;
            if (years > 3 && !yearStart) {
                continue;
            }
            Div mark = new Div(new Span(yearStart ? String.valueOf(tick.getYear())
                    : tick.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
            mark.addClassName(yearStart ? "tick-year" : "tick-month");
            mark.getStyle().set("left", percent(percentOf(tick)));
            axis.add(mark);
        }
        return axis;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }

    public Registration addEventClickListener(ComponentEventListener<EventClickEvent> listener) {
        return addListener(EventClickEvent.class, listener);
    }

    /** One lane: its label and a track with the markers, on as many rows as overlaps need. */
    private final class Lane {
        final String name;
        final List<Marker> markers = new ArrayList<>();
        final Div element = new Div();

        Lane(String name, List<TimelineEvent> events) {
            this.name = name;
            Div track = new Div();
            track.addClassName("timeline-track");
            List<Double> rowEnds = new ArrayList<>();
            for (TimelineEvent event : events) {
                Marker marker = new Marker(event);
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) > marker.left) {
                    row++;
                }
                double right = marker.left + Math.max(marker.width, DOT_WIDTH_PERCENT);
                if (row == rowEnds.size()) {
                    rowEnds.add(right);
                } else {
                    rowEnds.set(row, right);
                }
                marker.row = row;
                marker.getElement().getStyle().set("top", "calc(" + row + " * var(--timeline-row))");
                markers.add(marker);
                track.add(marker);
            }
            track.getStyle().set("height", "calc(" + Math.max(1, rowEnds.size()) + " * var(--timeline-row))");
            Span label = new Span(name);
            label.addClassName("timeline-lane-label");
            element.addClassName("timeline-lane");
            element.add(label, track);
        }
    }

    /** An event on the axis; clicking it fires an {@link EventClickEvent}. */
    public final class Marker extends Div {
        private final TimelineEvent event;
        private final double left;
        private final double width;
        private int row;

        Marker(TimelineEvent event) {
            this.event = event;
            PolicyDate date = event.row().date();
            LocalDate start = date.start().isBefore(from) ? from : date.start();
            LocalDate end = date.end().isAfter(to) ? to : date.end();
            left = percentOf(start);
            width = percentOf(end.plusDays(1)) - left;
            addClassNames("timeline-event", "family-" + event.row().action().family().name().toLowerCase(),
                    date.precision() == DatePrecision.DAY ? "point" : "span");
            if (event.row().expected()) {
                addClassName("expected");
            }
            getStyle().set("left", percent(left));
            if (date.precision() != DatePrecision.DAY) {
                getStyle().set("width", percent(width));
            }
            getElement().setAttribute("title", date.label() + " · " + event.row().action().label()
                    + (event.row().expected() ? " (expected)" : "") + " · " + event.row().measureTitle());
            getElement().setAttribute("tabindex", "0");
            getElement().setAttribute("role", "button");
            addClickListener(click -> TimelineChart.this.fireEvent(new EventClickEvent(TimelineChart.this, event)));
        }

        public TimelineEvent event() {
            return event;
        }

        /** The left edge, in percent of the axis. */
        public double left() {
            return left;
        }

        /** The width of its period, in percent of the axis (near zero for a day). */
        public double width() {
            return width;
        }

        /** Which row of its lane it is drawn on, from 0. */
        public int row() {
            return row;
        }
    }

    /** The user clicked an event on the timeline. */
    public static final class EventClickEvent extends ComponentEvent<TimelineChart> {
        private final TimelineEvent event;

        EventClickEvent(TimelineChart source, TimelineEvent event) {
            super(source, true);
            this.event = event;
        }

        public TimelineEvent event() {
            return event;
        }
    }
}
