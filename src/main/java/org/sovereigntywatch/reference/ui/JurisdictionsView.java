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
import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.GridEditor;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.history.ui.HistoryButton;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;

import java.util.Locale;
import java.util.Set;

/**
 * Every jurisdiction, searchable by code or name (in English or the user's language) and filterable by level, each
 * country named in the user's language; admins add regions and rename.
 */
@Route("jurisdictions")
@Menu(order = 50, title = "jurisdiction.list.title", icon = "vaadin:globe")
@PermitAll
public class JurisdictionsView extends Div implements TitledView {

    final Grid<Jurisdiction> grid = new Grid<>(Jurisdiction.class, false);
    final SearchField search = new SearchField(getTranslation("jurisdiction.list.search"),
            () -> grid.getDataProvider().refreshAll());
    final AnySelect<JurisdictionLevel> level = new AnySelect<>(getTranslation("jurisdiction.list.any-level"),
            JurisdictionLevel.values(), Translations::label);
    final JurisdictionForm form;
    final Button add = new Button(getTranslation("jurisdiction.list.add"), VaadinIcon.PLUS.create());

    JurisdictionsView(JurisdictionService jurisdictions, AuthenticationContext authentication) {
        form = new JurisdictionForm(jurisdictions);
        Locale locale = getLocale();
        level.setAriaLabel(getTranslation("jurisdiction.level"));
        level.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(Jurisdiction::getCode).setHeader(getTranslation("common.code")).setSortProperty("code")
                .setAutoWidth(true);
        var name = grid.addColumn(j -> j.localName(locale)).setHeader(getTranslation("common.name")).setFlexGrow(1);
        // The database sorts by the name stored, in English: in another language that order would look shuffled.
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            name.setSortProperty("name");
        }
        grid.addColumn(j -> Translations.label(j.getLevel())).setHeader(getTranslation("jurisdiction.level"))
                .setSortProperty("level").setAutoWidth(true);
        grid.addColumn(j -> j.getParent() == null ? "" : j.getParent().getCode())
                .setHeader(getTranslation("jurisdiction.parent")).setAutoWidth(true);
        HistoryButton.addColumn(grid, j -> j.label(locale), j -> jurisdictions.history(j.getId()));
        grid.setItemsPageable(pageable -> jurisdictions.list(filter(locale), pageable),
                pageable -> (int) jurisdictions.count(filter(locale)));

        var editor = new GridEditor<>(new ViewToolbar(getTranslation("jurisdiction.list.title"), search, level, add),
                grid, form, jurisdictions::save, j -> j.label(locale));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> editor.edit(new Jurisdiction("", "", JurisdictionLevel.SUBNATIONAL),
                getTranslation("jurisdiction.form.new")));
        // Admins manage reference data, as the service's guards on its writes say.
        boolean admin = authentication.hasRole("ADMIN");
        add.setVisible(admin);
        if (admin) {
            editor.editOnSelect();
        }
        add(editor);
    }

    private JurisdictionFilter filter(Locale locale) {
        return new JurisdictionFilter(search.getValue(), level.getValue(), Set.of(), locale);
    }

    @Override
    public String titleKey() {
        return "jurisdiction.list.title";
    }
}
