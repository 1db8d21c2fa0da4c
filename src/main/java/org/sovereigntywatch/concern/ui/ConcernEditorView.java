package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ui.ItemControl;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.SourceService;

import java.util.List;

/**
 * One concern: its form beside its review panel, and below the form the sections other features add
 * ({@link ConcernSection}: the policy measures that bear on it, with their events). {@code concerns/new} records a new one.
 */
@Route("concerns/:id")
@PermitAll
public class ConcernEditorView extends PublishableEditor<Concern> implements TitledView {

    /** Element ids of the title field and the save button, for scripts such as the load test (src/load). */
    public static final String TITLE_ID = "concern-title";
    public static final String SAVE_ID = "concern-save";

    private final UserService users;
    private final List<ConcernSection> extraSections;

    ConcernEditorView(ConcernService concerns, EditorialPolicy policy, PlatformService platforms,
                      JurisdictionService jurisdictions, UserService users, SourceService sources,
                      List<ConcernSection> extraSections, List<ItemControl> itemControls) {
        super(new ConcernForm(platforms, jurisdictions, users, sources, concerns), policy, concerns, itemControls);
        this.users = users;
        this.extraSections = extraSections;
        concernForm().title.setId(TITLE_ID);
        concernForm().setSaveButtonId(SAVE_ID);
        concernForm().affectedJurisdiction.offerOnly(coveredJurisdictions());
        concernForm().affectedJurisdiction.setHelperText(
                getTranslation("concern.form.affected-jurisdiction.helper", coverageHint()));
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
        extraSections.forEach(section -> (section.onTop() ? notices : sections).add(section.build(concern.getId())));
    }

    ConcernForm concernForm() {
        return (ConcernForm) form;
    }

    @Override
    public String titleKey() {
        return "concern.editor.title";
    }
}
