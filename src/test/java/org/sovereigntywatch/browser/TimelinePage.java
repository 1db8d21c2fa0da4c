package org.sovereigntywatch.browser;

import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Timeline page as a person reads it: the filters, the marks drawn in each lane (with what their shapes and
 * tooltips say, and where they sit on screen), the axis ticks, and the details shown for a clicked mark.
 */
final class TimelinePage {

    /**
     * One step drawn on the timeline, as the browser renders it.
     *
     * @param title   the tooltip a person reads on hovering it
     * @param classes its CSS classes: {@code point} (a day) or {@code span} (a month, a year), {@code expected}…
     * @param left    where its box starts on screen, in pixels
     * @param width   how wide its box is, in pixels
     * @param border  the style of its border as drawn ({@code solid}, {@code dashed})
     */
    record Mark(String title, Set<String> classes, double left, double width, String border) {

        boolean is(String cssClass) {
            return classes.contains(cssClass);
        }

        double right() {
            return left + width;
        }
    }

    /** The marks of every lane, each with its lane's name, its box, its classes, its tooltip and its border. */
    private static final String MARKS = """
            return Array.from(document.querySelectorAll('.timeline-view .timeline-lane')).flatMap(lane =>
              Array.from(lane.querySelectorAll('.timeline-event')).map(mark => {
                const box = mark.getBoundingClientRect();
                return { lane: lane.querySelector('.timeline-lane-label').innerText.trim(),
                         title: mark.getAttribute('title'), classes: mark.className,
                         left: box.left, width: box.width, border: getComputedStyle(mark).borderLeftStyle };
              }));
            """;

    /** The axis ticks in order: label ("2025", "Apr" or none), where they sit on screen in pixels, and kind. */
    private static final String TICKS = """
            return Array.from(document.querySelectorAll('.timeline-view .timeline-axis > div')).map(tick =>
              [tick.innerText.trim(), tick.getBoundingClientRect().left, tick.className]);
            """;

    private final Ui ui;

    private TimelinePage(Ui ui) {
        this.ui = ui;
    }

    /** Opens the Timeline from the menu. */
    static TimelinePage open(Ui ui) {
        ui.click("Timeline");
        ui.waitFor("the timeline", () -> ui.path().equals("timeline") ? Boolean.TRUE : null);
        return new TimelinePage(ui);
    }

    /** Narrows the timeline to one jurisdiction (typed, then picked by its label), as the filter bar offers. */
    TimelinePage jurisdiction(String typed, String label) {
        ui.field("Jurisdictions").pick(typed, label);
        return this;
    }

    /** Types into "Search summary or measure" (a field known by its placeholder: it has no label). */
    TimelinePage search(String text) {
        WebElement field = ui.waitFor("the search field", () -> ui.script("""
                return Array.from(document.querySelectorAll('vaadin-text-field'))
                  .find(field => field.placeholder === 'Search summary or measure') || null;
                """));
        new Field(ui, field, "Search summary or measure").type(text);
        return this;
    }

    /** Shows the range from {@code from} to {@code to}, typed into the date filters. */
    TimelinePage between(LocalDate from, LocalDate to) {
        ui.field("From").enter(from.toString());
        ui.field("To").enter(to.toString());
        return this;
    }

    /** The marks drawn in each lane, by lane name, left to right as the page holds them. */
    Map<String, List<Mark>> lanes() {
        ui.idle();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> marks = (List<Map<String, Object>>) ui.script(MARKS);
        return marks.stream().collect(Collectors.groupingBy(mark -> (String) mark.get("lane"),
                java.util.LinkedHashMap::new, Collectors.mapping(TimelinePage::mark, Collectors.toList())));
    }

    /**
     * Where the axis marks the start of {@code month} of {@code year} on screen, in pixels: the year's tick for
     * January, else the month's tick after it (over a year, only the quarters' months are named, so it is counted).
     */
    double tick(java.time.Month month, int year) {
        ui.idle();
        @SuppressWarnings("unchecked")
        List<List<Object>> ticks = (List<List<Object>>) ui.script(TICKS);
        List<String> labels = ticks.stream().map(tick -> (String) tick.get(0)).toList();
        int index = labels.indexOf(String.valueOf(year)) + month.getValue() - 1;
        if (labels.indexOf(String.valueOf(year)) < 0 || index >= ticks.size()
                || (month != java.time.Month.JANUARY && !"tick-month".equals(ticks.get(index).get(2)))) {
            throw new AssertionError("No tick for " + month + " " + year + " on the axis: " + labels);
        }
        return ((Number) ticks.get(index).get(1)).doubleValue();
    }

    /** Clicks the mark whose tooltip is {@code title}, as a person would, and returns what the details then say. */
    String open(String title) {
        WebElement mark = ui.waitFor("a mark titled '" + title + "'", () -> ui.script("""
                return Array.from(document.querySelectorAll('.timeline-view .timeline-event'))
                  .find(mark => mark.getAttribute('title') === arguments[0]) || null;
                """, title));
        ui.script("arguments[0].scrollIntoView({block: 'center'})", mark);
        mark.click();
        ui.idle();
        return details();
    }

    /** The text of the details panel beside the timeline. */
    String details() {
        ui.idle();
        return String.valueOf(ui.script("""
                const details = document.querySelector('.timeline-view .event-details');
                return details ? details.innerText.replace(/\\s+/g, ' ').trim() : '';
                """));
    }

    /** The web addresses the details panel links to. */
    List<String> detailLinks() {
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) ui.script("""
                return Array.from(document.querySelectorAll('.timeline-view .event-details a'))
                  .map(link => link.getAttribute('href'));
                """);
        return links;
    }

    private static Mark mark(Map<String, Object> mark) {
        return new Mark((String) mark.get("title"),
                Set.copyOf(Arrays.asList(((String) mark.get("classes")).trim().split("\\s+"))),
                ((Number) mark.get("left")).doubleValue(), ((Number) mark.get("width")).doubleValue(),
                (String) mark.get("border"));
    }
}
