package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.timeline.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.sovereigntywatch.timeline.ui.TimelineLayout.percent;

/**
 * Events on a shared horizontal time axis, one lane per jurisdiction or per platform, drawn with plain elements and
 * CSS (no charting library) from a {@link TimelineLayout}. Colour says the action's family, a hollow marker an
 * expected step, a struck-through one a step that did not happen, a dotted outline an unpublished measure's step, a
 * span a month or a year ({@link TimelineLegend} says so beside it). Clicking a marker fires an
 * {@link EventClickEvent}; clicking the "+N" marker of a crowded stretch fires an {@link OverflowClickEvent}.
 * <p>
 * {@link #compact} draws the same layout as one piece of HTML whose markers link to their measures: for the
 * dashboard, where a component per marker would make every open session heavy.
 */
public class TimelineChart extends Composite<Div> {

    /** How lanes are formed: by the measure's jurisdiction, or by each platform the measure affects. */
    public enum Lanes { JURISDICTION, PLATFORM }

    private final Map<String, List<Marker>> markers = new LinkedHashMap<>();
    private final Map<String, List<OverflowMarker>> overflows = new LinkedHashMap<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    // The range drawn, set by show: markers are only placed once it is known.
    private LocalDate from = LocalDate.EPOCH;
    private LocalDate to = LocalDate.EPOCH;

    public TimelineChart() {
        getContent().addClassName("timeline-chart");
        // A chart wider than the screen scrolls: a keyboard must reach it to scroll it, even when no marker is drawn.
        getContent().getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", getTranslation("timeline.chart.region"));
    }

    /** Draws {@code events} between {@code from} and {@code to} (both included), as interactive markers. */
    public void show(List<TimelineEvent> events, LocalDate from, LocalDate to, Lanes mode) {
        this.from = from;
        this.to = to.isBefore(from) ? from : to;
        TimelineLayout layout = TimelineLayout.of(events, from, this.to, mode);
        Div content = getContent();
        content.removeAll();
        markers.clear();
        overflows.clear();
        rows.clear();
        content.add(axis(layout));
        for (TimelineLayout.Lane lane : layout.lanes()) {
            Div track = new Div();
            track.addClassName("timeline-track");
            track.getStyle().set("height", "calc(" + lane.rows() + " * var(--timeline-row))");
            List<Marker> laneMarkers = new ArrayList<>();
            lane.placements().forEach(placement -> {
                Marker marker = new Marker(placement);
                laneMarkers.add(marker);
                track.add(marker);
            });
            markers.put(lane.name(), laneMarkers);
            List<OverflowMarker> laneOverflows = new ArrayList<>();
            lane.overflows().forEach(overflow -> {
                OverflowMarker marker = new OverflowMarker(overflow);
                laneOverflows.add(marker);
                track.add(marker);
            });
            overflows.put(lane.name(), laneOverflows);
            rows.put(lane.name(), lane.rows());
            Span label = new Span(lane.name());
            label.addClassName("timeline-lane-label");
            Div row = new Div(label, track);
            row.addClassName("timeline-lane");
            content.add(row);
        }
        if (layout.lanes().isEmpty()) {
            Span empty = new Span(getTranslation("timeline.chart.empty"));
            empty.addClassName("timeline-empty");
            content.add(empty);
        }
    }

    /**
     * The same chart as one piece of HTML, each marker a link to its measure's page, its texts in the language of the
     * current UI.
     */
    public static Html compact(List<TimelineEvent> events, LocalDate from, LocalDate to, Lanes mode) {
        TimelineLayout layout = TimelineLayout.of(events, from, to, mode);
        StringBuilder html = new StringBuilder("<div class=\"timeline-chart compact\" tabindex=\"0\" role=\"region\" "
                + "aria-label=\"" + HtmlText.escape(Translations.text("timeline.chart.region")) + "\">"
                + "<div class=\"timeline-axis\">");
        layout.ticks().forEach(tick -> html.append("<div class=\"").append(tick.yearStart() ? "tick-year" : "tick-month")
                .append("\" style=\"left:").append(percent(tick.left())).append("\"><span>")
                .append(HtmlText.escape(tick.label())).append("</span></div>"));
        html.append("</div>");
        for (TimelineLayout.Lane lane : layout.lanes()) {
            html.append("<div class=\"timeline-lane\"><span class=\"timeline-lane-label\">").append(HtmlText.escape(lane.name()))
                    .append("</span><div class=\"timeline-track\" style=\"height:calc(").append(lane.rows())
                    .append(" * var(--timeline-row))\">");
            for (TimelineLayout.Placement placement : lane.placements()) {
                html.append("<a router-link href=\"measures/").append(placement.event().row().measureId())
                        .append("\" class=\"").append(placement.classNames()).append("\" title=\"")
                        .append(HtmlText.escape(placement.title())).append("\" style=\"left:").append(percent(placement.left()))
                        .append(placement.point() ? "" : ";width:" + percent(placement.width()))
                        .append(";top:calc(").append(placement.row()).append(" * var(--timeline-row))\"></a>");
            }
            for (TimelineLayout.Overflow overflow : lane.overflows()) {
                html.append("<span class=\"timeline-more\" title=\"").append(HtmlText.escape(overflow.title()))
                        .append("\" style=\"left:").append(percent(overflow.left())).append(";top:calc(")
                        .append(overflow.row()).append(" * var(--timeline-row))\">").append(overflow.label())
                        .append("</span>");
            }
            html.append("</div></div>");
        }
        if (layout.lanes().isEmpty()) {
            html.append("<span class=\"timeline-empty\">")
                    .append(HtmlText.escape(Translations.text("timeline.chart.empty-compact"))).append("</span>");
        }
        return new Html(html.append("</div>").toString());
    }

    /** The lanes drawn, top to bottom, by name (a jurisdiction's code or a platform's name). */
    public List<String> laneNames() {
        return List.copyOf(markers.keySet());
    }

    /** The markers of one lane that have a row of their own, in date order. */
    public List<Marker> markers(String laneName) {
        return markers.getOrDefault(laneName, List.of());
    }

    /** The "+N" markers of one lane, each standing for the events of a crowded stretch that found no free row. */
    public List<OverflowMarker> overflows(String laneName) {
        return overflows.getOrDefault(laneName, List.of());
    }

    /** How many rows tall one lane is drawn, the row of "+N" markers included. */
    public int rows(String laneName) {
        return rows.getOrDefault(laneName, 0);
    }

    double percentOf(LocalDate day) {
        return TimelineLayout.percentOf(day, from, to);
    }

    private static Div axis(TimelineLayout layout) {
        Div axis = new Div();
        axis.addClassName("timeline-axis");
        layout.ticks().forEach(tick -> {
            Div mark = new Div(new Span(tick.label()));
            mark.addClassName(tick.yearStart() ? "tick-year" : "tick-month");
            mark.getStyle().set("left", percent(tick.left()));
            axis.add(mark);
        });
        return axis;
    }


    public Registration addEventClickListener(ComponentEventListener<EventClickEvent> listener) {
        return addListener(EventClickEvent.class, listener);
    }

    public Registration addOverflowClickListener(ComponentEventListener<OverflowClickEvent> listener) {
        return addListener(OverflowClickEvent.class, listener);
    }

    /** An event on the axis; clicking it fires an {@link EventClickEvent}. */
    public final class Marker extends Div {
        private final TimelineLayout.Placement placement;

        Marker(TimelineLayout.Placement placement) {
            this.placement = placement;
            getElement().setAttribute("class", placement.classNames());
            getStyle().set("left", percent(placement.left()));
            if (!placement.point()) {
                getStyle().set("width", percent(placement.width()));
            }
            getStyle().set("top", "calc(" + placement.row() + " * var(--timeline-row))");
            getElement().setAttribute("title", placement.title());
            getElement().setAttribute("tabindex", "0");
            getElement().setAttribute("role", "button");
            addClickListener(click -> TimelineChart.this.fireEvent(
                    new EventClickEvent(TimelineChart.this, placement.event())));
        }

        public TimelineEvent event() {
            return placement.event();
        }

        /** The left edge, in percent of the axis. */
        public double left() {
            return placement.left();
        }

        /** The width of its period, in percent of the axis (near zero for a day). */
        public double width() {
            return placement.width();
        }

        /** Which row of its lane it is drawn on, from 0. */
        public int row() {
            return placement.row();
        }
    }

    /** A "+N" marker: the events of a crowded stretch of a lane that found no free row; clicking it lists them. */
    public final class OverflowMarker extends Div {
        private final TimelineLayout.Overflow overflow;

        OverflowMarker(TimelineLayout.Overflow overflow) {
            super(overflow.label());
            this.overflow = overflow;
            addClassName("timeline-more");
            getStyle().set("left", percent(overflow.left()));
            getStyle().set("top", "calc(" + overflow.row() + " * var(--timeline-row))");
            getElement().setAttribute("title", overflow.title());
            getElement().setAttribute("tabindex", "0");
            getElement().setAttribute("role", "button");
            addClickListener(click -> TimelineChart.this.fireEvent(
                    new OverflowClickEvent(TimelineChart.this, overflow.events())));
        }

        public List<TimelineEvent> events() {
            return overflow.events();
        }

        /** The row it is drawn on: the one below the lane's rows of markers. */
        public int row() {
            return overflow.row();
        }
    }

    /** The user clicked a "+N" marker: these are the events it stands for. */
    public static final class OverflowClickEvent extends ComponentEvent<TimelineChart> {
        private final List<TimelineEvent> events;

        OverflowClickEvent(TimelineChart source, List<TimelineEvent> events) {
            super(source, true);
            this.events = List.copyOf(events);
        }

        public List<TimelineEvent> events() {
            return events;
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
