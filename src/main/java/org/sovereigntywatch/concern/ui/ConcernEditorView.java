package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;

/**
 * One concern: its form beside its review panel, and below the form the policy measures that bear on it with their
 * events. {@code concerns/new} records a new one.
 */
@Route("concerns/:id")
@PageTitle("Concern · Sovereignty Watch")
@PermitAll
public class ConcernEditorView extends PublishableEditor<Concern> {

    private final UserService users;
    private final MeasureService measures;
    private final EventService events;

    ConcernEditorView(ConcernService concerns, EditorialPolicy policy, PlatformService platforms,
                      JurisdictionService jurisdictions, UserService users, SourceService sources,
                      MeasureService measures, EventService events) {
        super(new ConcernForm(platforms, jurisdictions, users, sources, concerns), policy, "concern", concerns);
        this.users = users;
        this.measures = measures;
        this.events = events;
        concernForm().affectedJurisdiction.offerOnly(coveredJurisdictions());
        concernForm().affectedJurisdiction.setHelperText(
                "The affected jurisdiction decides who may edit the concern. " + coverageHint() + ".");
    }

    @Override
    protected Concern newItem() {
        Concern draft = new Concern("");
        draft.setOwner(users.current());
        return draft;
    }

    @Override
    protected Class<? extends Component> listView() {
        return ConcernsView.class;
    }

    @Override
    protected void showSections(Concern concern, boolean editable) {
        sections.add(new BearingMeasures(measures.bearingOn(concern.getId()), events));
    }

    ConcernForm concernForm() {
        return (ConcernForm) form;
    }
}
