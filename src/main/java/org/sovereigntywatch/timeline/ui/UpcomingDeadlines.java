package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;

import java.util.List;

/** The expected steps due within the next N days (N chosen here), soonest first, for the current filters. */
public class UpcomingDeadlines extends Composite<Div> {

    static final int LIMIT = 20;

    final Select<Integer> days = new Select<>();
    final UnorderedList list = new UnorderedList();
    private final EventService events;
    private EventFilter filter = EventFilter.ALL;

    public UpcomingDeadlines(EventService events) {
        this.events = events;
        days.setItems(30, 90, 180, 365);
        days.setValue(90);
        days.setItemLabelGenerator(value -> "next " + value + " days");
        days.setAriaLabel("Within");
        days.addValueChangeListener(change -> show(filter));
        list.addClassName("deadline-list");
        Div header = new Div(new H3("Upcoming deadlines"), days);
        header.addClassName("deadline-header");
        getContent().addClassName("upcoming-deadlines");
        getContent().add(header, list);
    }

    /** Lists the expected steps due soon among the events {@code filter} selects (its dates and status are ignored). */
    public void show(EventFilter filter) {
        this.filter = filter;
        List<EventRow> due = events.upcoming(filter, days.getValue(), LIMIT);
        list.removeAll();
        due.forEach(row -> {
            Span when = new Span(row.date().label());
            when.addClassName("deadline-date");
            RouterLink measure = new RouterLink(row.measureTitle(), MeasureEditorView.class,
                    new RouteParameters("id", String.valueOf(row.measureId())));
            list.add(new ListItem(when, new Span(" " + row.jurisdiction() + " · " + row.action().label() + " · "),
                    measure));
        });
        if (due.isEmpty()) {
            list.add(new ListItem(new Paragraph("Nothing expected in the next " + days.getValue() + " days.")));
        }
    }
}
