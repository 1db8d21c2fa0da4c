package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.BulkActionsBar;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.stream.Collectors;

/**
 * The policy measures the user may see, in a lazy grid filtered and sorted in SQL; a row opens its page, and bulk
 * actions act on ticked rows or on all the filter matches. The filters live in the address ({@code ?q=ban&
 * jurisdiction=IN&platform=TikTok&instrument=NETWORK_BLOCK&state=PUBLISHED&status=IN_FORCE}).
 */
@Route("measures")
@Menu(order = 20, title = "measure.list.title", icon = "vaadin:gavel")
@PermitAll
public class MeasuresView extends Div implements BeforeEnterObserver, TitledView {

    final Grid<PolicyMeasure> grid = new Grid<>(PolicyMeasure.class, false);
    final MeasureFilterBar filters;
    final BulkActionsBar<PolicyMeasure> bulk;
    final Button add = new Button(getTranslation("measure.list.new"), VaadinIcon.PLUS.create());
    private final FilterAddress address;
    private MeasureFilter filter = MeasureFilter.ALL;

    MeasuresView(MeasureService measures, JurisdictionService jurisdictions, PlatformService platforms,
                 CurrentUser currentUser, EditorialPolicy policy, SecurityContextHolderStrategy security) {
        filters = new MeasureFilterBar(jurisdictions, platforms, this::refresh);
        address = address(jurisdictions, platforms);
        bulk = new BulkActionsBar<>(grid, PolicyMeasure::getId, measures, policy, security,
                () -> measures.count(filter), () -> measures.ids(filter));

        grid.addColumn(PolicyMeasure::getTitle).setHeader(getTranslation("common.title")).setSortProperty("title")
                .setFlexGrow(3).setTooltipGenerator(PolicyMeasure::getTitle);
        grid.addColumn(measure -> measure.getJurisdiction().getCode()).setHeader(getTranslation("common.jurisdiction"))
                .setSortProperty("jurisdiction.code").setAutoWidth(true);
        grid.addColumn(measure -> measure.getPlatforms().stream().map(Platform::getName).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("common.platforms")).setAutoWidth(true);
        grid.addColumn(measure -> Translations.label(measure.getInstrument()))
                .setHeader(getTranslation("measure.instrument")).setSortProperty("instrument").setAutoWidth(true);
        grid.addColumn(measure -> measure.currentStatus().map(Translations::text).orElse("—"))
                .setHeader(getTranslation("measure.list.current-status")).setSortProperty("currentSince")
                .setAutoWidth(true);
        grid.addColumn(StateBadge.renderer(PolicyMeasure::getState))
                .setHeader(getTranslation("common.state")).setSortProperty("state").setAutoWidth(true);
        grid.setItemsPageable(pageable -> measures.list(filter, pageable),
                pageable -> (int) measures.count(filter));
        grid.addItemClickListener(click -> open(String.valueOf(click.getItem().getId())));
        grid.setEmptyStateText(getTranslation("measure.list.empty"));

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.require().getRole().includes(Role.ANALYST));
        add.addClickListener(click -> open(PublishableEditor.NEW));
        add(new ViewToolbar(getTranslation("measure.list.title"), add), filters, bulk, grid);
        addClassName("register-view");
    }

    /**
     * Applies filters given in the address ({@code ?status=IN_FORCE} is how the dashboard's "measures in force"
     * links here). Unknown values are ignored rather than refused.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private FilterAddress address(JurisdictionService jurisdictions, PlatformService platforms) {
        return new FilterAddress(this).text(MeasuresLink.TEXT, filters.search)
                .single(MeasuresLink.JURISDICTION, filters.jurisdiction, Jurisdiction::getCode,
                        jurisdictions::findByCode)
                .single(MeasuresLink.PLATFORM, filters.platform, Platform::getName, platforms::findByName)
                .constant(MeasuresLink.INSTRUMENT, filters.instrument, Instrument.class)
                .constant(MeasuresLink.STATE, filters.state, PublicationState.class)
                .constant(MeasuresLink.STATUS, filters.status, EventAction.class);
    }

    /**
     * A link into the measures with filters set:
     * {@code MeasuresView.link().currentStatus(EventAction.IN_FORCE).address()}.
     */
    public static MeasuresLink link() {
        return new MeasuresLink(FilterAddress.link(MeasuresView.class));
    }

    private void refresh() {
        filter = filters.filter();
        grid.getDataProvider().refreshAll();
        bulk.filterChanged();
        address.write();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(MeasureEditorView.class, new RouteParameters("id", id)));
    }

    @Override
    public String titleKey() {
        return "measure.list.title";
    }
}
