package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ui.ConcernSection;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.List;

/**
 * The policy measures that bear on a concern, each with its dated steps: the section timelines add to the concern page.
 * Links to a measure are made on the measure's page; this side only shows them.
 */
class BearingMeasures extends Composite<Div> {

    /** Offers the section to the concern page. */
    @SpringComponent
    static class OnConcernPage implements ConcernSection {

        private final MeasureService measures;
        private final EventService events;

        OnConcernPage(MeasureService measures, EventService events) {
            this.measures = measures;
            this.events = events;
        }

        @Override
        public Component build(long concernId) {
            return new BearingMeasures(measures.bearingOn(concernId), events);
        }
    }

    BearingMeasures(List<PolicyMeasure> measures, EventService events) {
        Div content = getContent();
        content.addClassName("item-section");
        content.add(new H3(getTranslation("measure.bearing.title")));
        if (measures.isEmpty()) {
            content.add(new Paragraph(getTranslation("measure.bearing.empty")));
        }
        for (PolicyMeasure measure : measures) {
            RouterLink title = new RouterLink(measure.getTitle(), MeasureEditorView.class,
                    new RouteParameters("id", String.valueOf(measure.getId())));
            Span where = new Span(" · " + measure.getJurisdiction().getCode()
                    + (measure.getCurrentAction() == null ? "" : " · " + Translations.label(measure.getCurrentAction())));
            UnorderedList steps = new UnorderedList();
            events.eventsOf(measure.getId()).forEach(event -> steps.add(new ListItem(getTranslation("measure.bearing.step",
                    event.getDate(), event.getStatus().withAction(event.getAction()), event.getSummary()))));
            Div entry = new Div(new Div(title, where), steps);
            entry.addClassName("bearing-measure");
            content.add(entry);
        }
    }
}
