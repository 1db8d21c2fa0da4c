package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.Comparator;

/** What the user clicked on the timeline: the event's date and action, its measure, its summary and its sources. */
class EventDetails extends Composite<Div> {

    private final EventService events;

    EventDetails(EventService events) {
        this.events = events;
        getContent().addClassName("event-details");
        getContent().add(new Paragraph("Click an event to see its measure, summary and sources."));
    }

    void show(long eventId) {
        PolicyEvent event = events.get(eventId);
        PolicyMeasure measure = event.getMeasure();
        Div content = getContent();
        content.removeAll();
        Span when = new Span(event.getDate().label() + " · " + event.getAction().label()
                + (event.isExpected() ? " (expected)" : ""));
        when.addClassName("event-details-when");
        RouterLink measureLink = new RouterLink(measure.getTitle(), MeasureEditorView.class,
                new RouteParameters("id", String.valueOf(measure.getId())));
        content.add(when, new H3(measureLink), new Span(measure.getJurisdiction().label()),
                new Paragraph(event.getSummary()));
        if (event.getSources().isEmpty()) {
            content.add(new Paragraph("No source recorded for this step."));
        }
        event.getSources().stream().sorted(Comparator.comparing(Source::getPublisher)).forEach(source -> {
            Anchor link = new Anchor(source.getUrl(), source.getPublisher() + " — " + source.getTitle(),
                    AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            content.add(new Div(link));
        });
    }
}
