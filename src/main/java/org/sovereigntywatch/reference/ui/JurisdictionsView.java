package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.GridEditor;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;

/** Every jurisdiction, searchable by code or name and filterable by level; admins add regions and rename. */
@Route("jurisdictions")
@Menu(order = 50, title = "jurisdiction.list.title", icon = "vaadin:globe")
@PermitAll
public class JurisdictionsView extends Div implements TitledView {

    final Grid<Jurisdiction> grid = new Grid<>(Jurisdiction.class, false);
    final SearchField search = new SearchField("Search code or name", () -> grid.getDataProvider().refreshAll());
    final AnySelect<JurisdictionLevel> level =
            new AnySelect<>("Any level", JurisdictionLevel.values(), JurisdictionLevel::label);
    final JurisdictionForm form;
    final Button add = new Button("New jurisdiction", VaadinIcon.PLUS.create());

    JurisdictionsView(JurisdictionService jurisdictions, AuthenticationContext authentication) {
        form = new JurisdictionForm(jurisdictions);
        level.setAriaLabel("Level");
        level.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(Jurisdiction::getCode).setHeader("Code").setSortProperty("code").setAutoWidth(true);
        grid.addColumn(Jurisdiction::getName).setHeader("Name").setSortProperty("name").setFlexGrow(1);
        grid.addColumn(j -> j.getLevel().label()).setHeader("Level").setSortProperty("level").setAutoWidth(true);
        grid.addColumn(j -> j.getParent() == null ? "" : j.getParent().getCode()).setHeader("Parent").setAutoWidth(true);
        grid.setItemsPageable(pageable -> jurisdictions.list(filter(), pageable),
                pageable -> (int) jurisdictions.count(filter()));

        var editor = new GridEditor<>(new ViewToolbar("Jurisdictions", search, level, add), grid, form,
                jurisdictions::save, Jurisdiction::label);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click ->
                editor.edit(new Jurisdiction("", "", JurisdictionLevel.SUBNATIONAL), "New jurisdiction"));
        // Admins manage reference data, as the service's guards on its writes say.
        boolean admin = authentication.hasRole("ADMIN");
        add.setVisible(admin);
        if (admin) {
            editor.editOnSelect();
        }
        add(editor);
    }

    private JurisdictionFilter filter() {
        return new JurisdictionFilter(search.getValue(), level.getValue());
    }

    @Override
    public String titleKey() {
        return "jurisdiction.list.title";
    }
}
