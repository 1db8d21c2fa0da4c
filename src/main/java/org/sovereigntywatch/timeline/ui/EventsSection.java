package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** A measure's dated steps in date order; those who may edit the measure add and change them in a dialog. */
class EventsSection extends Composite<Div> {

    final Grid<PolicyEvent> grid = new Grid<>(PolicyEvent.class, false);
    final Button add = new Button("Add event", VaadinIcon.PLUS.create());

    /** @param act runs a change and then shows the measure as it now is (its status follows its events) */
    EventsSection(PolicyMeasure measure, List<PolicyEvent> events, boolean editable, EventService service,
                  SourceService sources, Consumer<Runnable> act) {
        grid.addColumn(event -> event.getDate().label()).setHeader("Date").setAutoWidth(true);
        grid.addColumn(event -> event.getAction().label() + (event.isExpected() ? " (expected)" : ""))
                .setHeader("Action").setAutoWidth(true);
        grid.addColumn(PolicyEvent::getSummary).setHeader("Summary").setFlexGrow(1)
                .setTooltipGenerator(PolicyEvent::getSummary);
        grid.addColumn(event -> event.getSources().size()).setHeader("Sources").setAutoWidth(true);
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No event yet.");
        add.setVisible(editable);
        if (editable) {
            Consumer<PolicyEvent> edit = event -> new EventDialog(event, service, sources, act).open();
            grid.addItemClickListener(click -> edit.accept(click.getItem()));
            add.addClickListener(click -> edit.accept(new PolicyEvent(measure,
                    new PolicyDate(LocalDate.now(), DatePrecision.DAY), EventAction.ANNOUNCED, "")));
        }
        Div header = new Div(new H3("Events"), add);
        header.addClassName("section-header");
        getContent().addClassName("item-section");
        getContent().add(header, grid);
    }
}
