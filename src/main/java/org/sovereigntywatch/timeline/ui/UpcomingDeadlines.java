package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;

import java.util.List;

/**
 * The expected steps due within the next N days (N chosen here), soonest first, for the current filters; steps that
 * did not happen are not awaited any more, and an unpublished measure's step carries its state.
 */
public class UpcomingDeadlines extends Composite<Div> {

    static final int LIMIT = 20;

    final Select<Integer> days = new Select<>();
    /** The list, as one piece of HTML: a component per line made it the heaviest part of an open dashboard. */
    final Div list = new Div();
    private final EventService events;
    private EventFilter filter = EventFilter.ALL;

    public UpcomingDeadlines(EventService events) {
        this.events = events;
        days.setItems(30, 90, 180, 365);
        days.setValue(90);
        days.setItemLabelGenerator(value -> getTranslation("timeline.upcoming.days", value));
        days.setAriaLabel(getTranslation("timeline.upcoming.within"));
        days.addValueChangeListener(change -> show(filter));
        Div header = new Div(new H3(getTranslation("timeline.upcoming.title")), days);
        header.addClassName("deadline-header");
        getContent().addClassName("upcoming-deadlines");
        getContent().add(header, list);
    }

    /** Lists the expected steps due soon among the events {@code filter} selects (its dates and status are ignored). */
    public void show(EventFilter filter) {
        this.filter = filter;
        List<EventRow> due = events.upcoming(filter, days.getValue(), LIMIT);
        StringBuilder html = new StringBuilder("<ul class=\"deadline-list\">");
        due.forEach(row -> html.append("<li><span class=\"deadline-date\">")
                .append(HtmlText.escape(Translations.local(row.date()))).append("</span> ")
                .append(HtmlText.escape(row.jurisdiction() + " · " + Translations.label(row.action())))
                .append(" · <a router-link href=\"measures/").append(row.measureId()).append("\">")
                .append(HtmlText.escape(row.measureTitle())).append("</a>").append(stateBadge(row)).append("</li>"));
        if (due.isEmpty()) {
            html.append("<li><p>").append(HtmlText.escape(getTranslation("timeline.upcoming.empty", days.getValue())))
                    .append("</p></li>");
        }
        list.removeAll();
        list.add(new Html(html.append("</ul>").toString()));
    }

    /** An unpublished measure's step says so (only analysts and up see those). */
    private static String stateBadge(EventRow row) {
        return row.unpublished() ? " " + StateBadge.html(row.measureState()) : "";
    }
}
