package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.PublicationState;
import org.sovereigntywatch.base.ReviewEntry;
import org.sovereigntywatch.base.ui.PublishableEditor;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.EditorialPolicy;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureService;

import java.util.List;

/**
 * One concern: its form beside its review panel, and below the form the policy measures that bear on it with their
 * events. {@code concerns/new} records a new one.
 */
@Route("concerns/:id")
@PageTitle("Concern · Sovereignty Watch")
@PermitAll
public class ConcernEditorView extends PublishableEditor<Concern> {

    private final ConcernService concerns;
    private final UserService users;
    private final MeasureService measures;
    private final EventService events;

    ConcernEditorView(ConcernService concerns, EditorialPolicy policy, PlatformService platforms,
                      JurisdictionService jurisdictions, UserService users, SourceService sources,
                      MeasureService measures, EventService events) {
        super(new ConcernForm(platforms, jurisdictions, users, sources), policy, "concern");
        this.concerns = concerns;
        this.users = users;
        this.measures = measures;
        this.events = events;
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
    protected Concern load(long id) {
        return concerns.get(id);
    }

    @Override
    protected Concern create(Concern concern) {
        return concerns.create(concern);
    }

    @Override
    protected Concern update(Concern concern) {
        return concerns.update(concern);
    }

    @Override
    protected void move(long id, long version, PublicationState target, String comment) {
        concerns.move(id, version, target, comment);
    }

    @Override
    protected void comment(long id, String text) {
        concerns.comment(id, text);
    }

    @Override
    protected List<? extends ReviewEntry> history(long id) {
        return concerns.history(id);
    }

    @Override
    protected String scope(Concern concern) {
        return concern.scope();
    }

    @Override
    protected String title(Concern concern) {
        return concern.getTitle();
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
