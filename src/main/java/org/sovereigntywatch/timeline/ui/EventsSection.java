package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewClock;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.EventStatus;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A measure's dated steps in date order, with the current status they give it; those who may edit the measure add and
 * change them in a dialog. A step that did not happen is struck through.
 */
class EventsSection extends Composite<Div> {

    final Grid<PolicyEvent> grid = new Grid<>(PolicyEvent.class, false);
    final Button add = new Button(getTranslation("event.section.add"), VaadinIcon.PLUS.create());
    final Span currentStatus = new Span();
    private final long measureId;
    private final EventService events;
    private final MeasureService measures;

    /**
     * @param status the current status the events give the measure
     * @param act    runs a change to the events, then shows them as they now are ({@link #refresh})
     */
    EventsSection(PolicyMeasure measure, List<PolicyEvent> initial, Optional<Text> status, boolean editable,
                  EventService events, MeasureService measures, SourceService sources, Consumer<Runnable> act) {
        this.measureId = measure.getId();
        this.events = events;
        this.measures = measures;
        grid.addColumn(event -> Translations.local(event.getDate())).setHeader(getTranslation("common.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> Translations.label(event.getAction())).setHeader(getTranslation("event.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> Translations.label(event.getStatus())).setHeader(getTranslation("common.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PolicyEvent::getSummary).setHeader(getTranslation("common.summary")).setFlexGrow(1)
                .setTooltipGenerator(PolicyEvent::getSummary);
        grid.addColumn(event -> event.getSources().size()).setHeader(getTranslation("common.sources"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(event -> event.getStatus() == EventStatus.CANCELLED ? "cancelled" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("event.section.empty"));
        add.setVisible(editable);
        if (editable) {
            Consumer<PolicyEvent> edit = event -> new EventDialog(event, events, sources, act).open();
            grid.addItemClickListener(click -> edit.accept(click.getItem()));
            add.addClickListener(click -> edit.accept(new PolicyEvent(measure,
                    new PolicyDate(ViewClock.today(), DatePrecision.DAY), EventAction.ANNOUNCED, "")));
        }
        show(initial, status);
        currentStatus.addClassName("current-status");
        Div header = new Div(new H3(getTranslation("event.list.title")), currentStatus, add);
        header.addClassName("section-header");
        getContent().addClassName("item-section");
        getContent().add(header, grid);
    }

    /** Shows the events and the measure's current status as they now are, after a change made here or elsewhere. */
    void refresh() {
        show(events.eventsOf(measureId), measures.get(measureId).currentStatus());
    }

    private void show(List<PolicyEvent> list, Optional<Text> status) {
        grid.setItems(list);
        currentStatus.setText(status
                .map(shown -> getTranslation("measure.current-status.shown", shown))
                .orElseGet(() -> getTranslation("measure.current-status.none")));
    }
}
