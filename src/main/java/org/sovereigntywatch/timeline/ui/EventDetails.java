package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.ui.SourceLink;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.sovereigntywatch.timeline.TimelineEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What the user clicked on the timeline: the event's date, action and status, its measure (with its state when it is
 * not published), its summary and its sources; or, for a "+N" marker, the list of the events it stands for.
 */
class EventDetails extends Composite<Div> {

    private final EventService events;
    /** The past moment the details show, or null for now: a "+N" list opens its events at the same moment. */
    private @Nullable Instant asOf;

    EventDetails(EventService events) {
        this.events = events;
        getContent().addClassName("event-details");
        getContent().add(new Paragraph(getTranslation("timeline.details.hint")));
    }

    /** Lists the events of a "+N" marker; each opens its details. */
    void showAll(List<TimelineEvent> crowd) {
        Div content = getContent();
        content.removeAll();
        content.add(new H3(getTranslation("timeline.details.more", crowd.size())));
        for (TimelineEvent event : crowd) {
            Button open = new Button(TimelineLayout.describe(event), click -> show(event.row().id(), asOf));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("event-details-choice");
            content.add(new Div(open));
        }
    }

    /** Shows the event as it now is, or, for a past moment, as it and its measure stood then. */
    void show(long eventId, @Nullable Instant moment) {
        asOf = moment;
        PolicyEvent event = moment == null ? events.get(eventId) : events.asOf(eventId, moment);
        PolicyMeasure measure = event.getMeasure();
        Div content = getContent();
        content.removeAll();
        Span when = new Span(TimelineLayout.when(event.getDate(), event.getAction(), event.getStatus()));
        when.addClassName("event-details-when");
        if (event.isCancelled()) {
            when.addClassName("cancelled");
        }
        RouterLink measureLink = new RouterLink(measure.getTitle(), MeasureEditorView.class,
                new RouteParameters("id", String.valueOf(measure.getId())));
        if (moment != null) {
            measureLink.setQueryParameters(QueryParameters.of(AsOfField.PARAMETER, moment.toString()));
        }
        content.add(when, new H3(measureLink), new Span(measure.getJurisdiction().label(getLocale())));
        if (measure.getState() != PublicationState.PUBLISHED) {
            content.add(new Span(" "), StateBadge.of(measure.getState()));
        }
        content.add(new Paragraph(event.getSummary()));
        if (event.getSources().isEmpty()) {
            content.add(new Paragraph(getTranslation("timeline.details.no-source")));
        }
        event.getSources().stream().sorted(Comparator.comparing(Source::label))
                .forEach(source -> content.add(new Div(SourceLink.of(source))));
    }
}
