package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.CountedRows;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.BulkActionsBar;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.history.ui.AsOfBanner;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureRow;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Instant;

/**
 * The policy measures the user may see, in a lazy grid filtered and sorted in SQL; a row opens its page, and bulk
 * actions act on ticked rows or on all the filter matches. The filters live in the address ({@code ?q=ban&
 * jurisdiction=IN&platform=TikTok&instrument=NETWORK_BLOCK&state=PUBLISHED&status=IN_FORCE}), and so does the
 * moment it is read as of ({@code asOf=2025-01-19T23:59:59Z}: the measures as they stood then, read-only).
 */
@Route("measures")
@Menu(order = 20, title = "measure.list.title", icon = "vaadin:gavel")
@PermitAll
public class MeasuresView extends Div implements BeforeEnterObserver, TitledView {

    final Grid<MeasureRow> grid = new Grid<>(MeasureRow.class, false);
    final MeasureFilterBar filters;
    final BulkActionsBar<MeasureRow> bulk;
    final Button add = new Button(getTranslation("measure.list.new"), VaadinIcon.PLUS.create());
    final AsOfBanner past;
    private final FilterAddress address;
    private final boolean mayAdd;
    private MeasureFilter filter = MeasureFilter.ALL;

    MeasuresView(MeasureService measures, JurisdictionService jurisdictions, PlatformService platforms,
                 CurrentUser currentUser, EditorialPolicy policy, SecurityContextHolderStrategy security) {
        filters = new MeasureFilterBar(jurisdictions, platforms, this::refresh);
        address = address(jurisdictions, platforms);
        past = new AsOfBanner("history.as-of.measures", filters.asOf::clear);
        // Rows are told apart by id: a row fetched again is an equal but new record (see ConcernsView).
        CountedRows<MeasureRow> rows = new CountedRows<>(
                query -> measures.rows(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                () -> measures.count(filter), MeasureRow::id);
        bulk = new BulkActionsBar<>(grid, MeasureRow::id, measures, policy, security, rows::count,
                () -> measures.ids(filter));

        grid.addColumn(MeasureRow::title).setHeader(getTranslation("common.title")).setSortProperty("title")
                .setFlexGrow(3).setTooltipGenerator(MeasureRow::title);
        grid.addColumn(MeasureRow::jurisdiction).setHeader(getTranslation("common.jurisdiction"))
                .setSortProperty("jurisdiction.code").setAutoWidth(true);
        grid.addColumn(measure -> String.join(", ", measure.platforms()))
                .setHeader(getTranslation("common.platforms")).setAutoWidth(true);
        grid.addColumn(measure -> Translations.label(measure.instrument()))
                .setHeader(getTranslation("measure.instrument")).setSortProperty("instrument").setAutoWidth(true);
        grid.addColumn(measure -> measure.currentStatus().map(Translations::text).orElse("—"))
                .setHeader(getTranslation("measure.list.current-status")).setSortProperty("currentSince")
                .setAutoWidth(true);
        grid.addColumn(StateBadge.renderer(MeasureRow::state))
                .setHeader(getTranslation("common.state")).setSortProperty("state").setAutoWidth(true);
        grid.setItems(rows);
        grid.addItemClickListener(click -> open(String.valueOf(click.getItem().id())));
        grid.setEmptyStateText(getTranslation("measure.list.empty"));

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mayAdd = currentUser.require().getRole().includes(Role.ANALYST);
        add.setVisible(mayAdd);
        add.addClickListener(click -> open(PublishableEditor.NEW));
        add(new ViewToolbar(getTranslation("measure.list.title"), add), filters, past, bulk, grid);
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
                .constant(MeasuresLink.STATUS, filters.status, EventAction.class)
                .single(MeasuresLink.AS_OF, filters.asOf, Instant::toString, AsOfField::parse);
    }

    /**
     * A link into the measures with filters set:
     * {@code MeasuresView.link().currentStatus(EventAction.IN_FORCE).address()}.
     */
    public static MeasuresLink link() {
        return new MeasuresLink(FilterAddress.link(MeasuresView.class));
    }

    /** Reads the register as the filters now say; in the past, read-only. */
    private void refresh() {
        if (address.isReading()) {
            return;
        }
        filter = filters.filter();
        Instant asOf = filter.asOf();
        past.show(asOf);
        add.setVisible(mayAdd && asOf == null);
        bulk.setOffered(asOf == null);
        grid.getDataProvider().refreshAll();
        bulk.filterChanged();
        address.write();
    }

    /** Opens a measure's page; from the register in the past, the measure as it stood then. */
    private void open(String id) {
        Instant asOf = filter.asOf();
        QueryParameters query = asOf == null || PublishableEditor.NEW.equals(id) ? QueryParameters.empty()
                : QueryParameters.of(MeasuresLink.AS_OF, asOf.toString());
        getUI().ifPresent(ui -> ui.navigate(MeasureEditorView.class, new RouteParameters("id", id), query));
    }

    @Override
    public String titleKey() {
        return "measure.list.title";
    }
}
