package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ui.ItemControl;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;

import java.time.Instant;
import java.util.List;

/**
 * One policy measure: its form and review panel, and below the form its dated events, its links to other measures
 * and the concerns it bears on, then the sections other features add ({@link MeasureSection}). {@code measures/new} records a new one; events, links and concerns are added once it
 * is saved.
 */
@Route("measures/:id")
@PermitAll
public class MeasureEditorView extends PublishableEditor<PolicyMeasure> implements TitledView {

    private final MeasureService measures;
    private final EventService events;
    private final ConcernService concerns;
    private final SourceService sources;
    EventsSection eventsSection;
    LinksSection linksSection;
    ConcernLinksSection concernsSection;
    private final List<MeasureSection> extraSections;

    MeasureEditorView(MeasureService measures, EventService events, ConcernService concerns, EditorialPolicy policy,
                      JurisdictionService jurisdictions, PlatformService platforms, SourceService sources,
                      List<MeasureSection> extraSections, List<ItemControl> itemControls) {
        super(new MeasureForm(jurisdictions, platforms, measures), policy, measures, itemControls);
        this.measures = measures;
        this.events = events;
        this.concerns = concerns;
        this.sources = sources;
        this.extraSections = extraSections;
        measureForm().jurisdiction.offerOnly(coveredJurisdictions());
        // The hint is a sentence of its own, whose full stop the text puts after it.
        measureForm().jurisdiction.setHelperText(getTranslation("measure.form.jurisdiction.helper",
                coverageHint().strip().replaceFirst("\\.$", "")));
    }

    @Override
    protected PolicyMeasure newItem() {
        return new PolicyMeasure("");
    }

    @Override
    protected Class<? extends Component> listView() {
        return MeasuresView.class;
    }

    @Override
    protected void showSections(PolicyMeasure measure, boolean editable) {
        long id = measure.getId();
        eventsSection = new EventsSection(measure, events.eventsOf(id), measure.currentStatus(), editable, events,
                measures, sources, this::changeEvents);
        linksSection = new LinksSection(id, measures.links(id), editable, measures, this::act);
        concernsSection = new ConcernLinksSection(id, measures.concerns(id), editable, concerns, measures, this::act);
        sections.add(eventsSection, linksSection, concernsSection);
        extraSections.forEach(section -> sections.add(section.build(id)));
    }

    /** The measure's events as they stood at a past moment, with the status they gave it then: read-only. */
    @Override
    protected void showSectionsAsOf(PolicyMeasure measure, Instant moment) {
        long id = measure.getId();
        sections.add(new EventsSection(measure, measures.eventsAsOf(id, moment), measures.statusAsOf(id, moment),
                false, events, measures, sources, change -> { }));
    }

    /**
     * Runs a change to the events and shows them as they now are, leaving the form alone: an event's change does not
     * move the measure's version (see {@link PolicyMeasure}), so the form stays valid, and what is typed in it stays.
     */
    private void changeEvents(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException failure) {
            form.showFailure(failure);
        }
        eventsSection.refresh();
    }

    MeasureForm measureForm() {
        return (MeasureForm) form;
    }

    @Override
    public String titleKey() {
        return "measure.editor.title";
    }
}
