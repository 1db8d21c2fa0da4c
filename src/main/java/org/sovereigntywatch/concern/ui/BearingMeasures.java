package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.List;

/**
 * The policy measures that bear on a concern, each with its dated steps. Links to a measure are made on the
 * measure's page; this side only shows them.
 */
class BearingMeasures extends Composite<Div> {

    BearingMeasures(List<PolicyMeasure> measures, EventService events) {
        Div content = getContent();
        content.addClassName("item-section");
        content.add(new H3("Measures bearing on this concern"));
        if (measures.isEmpty()) {
            content.add(new Paragraph("None linked yet. Link one from the measure's page."));
        }
        for (PolicyMeasure measure : measures) {
            // By address rather than view class: the timeline's views link to concerns, not the other way round.
            Anchor title = new Anchor("measures/" + measure.getId(), measure.getTitle());
            Span where = new Span(" · " + measure.getJurisdiction().getCode()
                    + (measure.getCurrentAction() == null ? "" : " · " + measure.getCurrentAction().label()));
            UnorderedList steps = new UnorderedList();
            events.eventsOf(measure.getId()).forEach(event -> steps.add(new ListItem(
                    event.getDate().label() + " — " + event.getAction().label()
                            + event.getStatus().suffix() + ": " + event.getSummary())));
            Div entry = new Div(new Div(title, where), steps);
            entry.addClassName("bearing-measure");
            content.add(entry);
        }
    }
}
