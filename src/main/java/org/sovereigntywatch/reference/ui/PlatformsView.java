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
import org.sovereigntywatch.base.ui.GridEditor;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.history.ui.HistoryButton;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import java.util.Locale;

/** Platforms with their aliases, operator and home jurisdiction; admins add and edit them. */
@Route("platforms")
@Menu(order = 60, title = "platform.list.title", icon = "vaadin:mobile")
@PermitAll
public class PlatformsView extends Div implements TitledView {

    final Grid<Platform> grid = new Grid<>(Platform.class, false);
    final SearchField search = new SearchField(getTranslation("platform.list.search"),
            () -> grid.getDataProvider().refreshAll());
    final Button add = new Button(getTranslation("platform.list.add"), VaadinIcon.PLUS.create());
    final PlatformForm form;

    PlatformsView(PlatformService platforms, JurisdictionService jurisdictions, AuthenticationContext authentication) {
        form = new PlatformForm(jurisdictions);

        Locale locale = getLocale();
        grid.addColumn(Platform::getName).setHeader(getTranslation("common.name")).setSortProperty("name")
                .setAutoWidth(true);
        grid.addColumn(platform -> String.join(", ", platform.getAliases()))
                .setHeader(getTranslation("platform.aliases")).setFlexGrow(1);
        grid.addColumn(platform -> platform.getOperatorCompany() == null ? "" : platform.getOperatorCompany())
                .setHeader(getTranslation("platform.operator")).setSortProperty("operatorCompany").setAutoWidth(true);
        grid.addColumn(platform -> platform.getHomeJurisdiction() == null ? "" : platform.getHomeJurisdiction().getCode())
                .setHeader(getTranslation("platform.home")).setSortProperty("homeJurisdiction.code").setAutoWidth(true)
                .setTooltipGenerator(platform -> platform.getHomeJurisdiction() == null ? ""
                        : platform.getHomeJurisdiction().localName(locale));
        HistoryButton.addColumn(grid, Platform::getName, platform -> platforms.history(platform.getId()));
        grid.setItemsPageable(pageable -> platforms.list(search.getValue(), pageable),
                pageable -> (int) platforms.count(search.getValue()));

        var editor = new GridEditor<>(new ViewToolbar(getTranslation("platform.list.title"), search, add), grid, form,
                platforms::save, Platform::getName);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> editor.edit(new Platform(""), getTranslation("platform.form.new")));
        // Admins manage reference data, as the service's guards on its writes say.
        boolean admin = authentication.hasRole("ADMIN");
        add.setVisible(admin);
        if (admin) {
            editor.editOnSelect();
        }
        add(editor);
    }

    @Override
    public String titleKey() {
        return "platform.list.title";
    }
}
