package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.CountedRows;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.BulkActionsBar;
import org.sovereigntywatch.history.ui.AsOfBanner;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Clock;
import java.time.Instant;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The concern register: a lazy grid of the concerns the user may see, filtered and sorted in SQL, and the same rows
 * as a CSV download, and bulk actions on ticked rows or on all it matches. The filters live in the address ({@code ?platform=TikTok&jurisdiction=US&level=HIGH&state=
 * PUBLISHED&category=STATE_ACCESS&overdue=true&open=true&q=oracle}): the dashboard links here so, and a reload or a
 * shared address shows the same rows.
 */
@Route("concerns")
@Menu(order = 10, title = "concern.list.title", icon = "vaadin:warning")
@PermitAll
public class ConcernsView extends Div implements BeforeEnterObserver, TitledView {

    final ConcernGrid grid;
    final ConcernFilterBar filters;
    final BulkActionsBar<ConcernRow> bulk;
    /** Element ids a script can find the register's parts by, as the load test does (src/load). */
    public static final String GRID_ID = "concern-grid";
    public static final String SEARCH_ID = "concern-search";
    public static final String DOWNLOAD_ID = "concern-download";

    final Button add = new Button(getTranslation("concern.list.new"), VaadinIcon.PLUS.create());
    final Anchor download;
    final AsOfBanner past;

    private final FilterAddress address;
    // Read by the download, which runs outside the UI's lock: immutable snapshots, replaced as the user changes them.
    private volatile ConcernFilter filter = ConcernFilter.ALL;
    private volatile Sort sort = Sort.unsorted();
    private final boolean mayAdd;

    ConcernsView(ConcernService concerns, PlatformService platforms, JurisdictionService jurisdictions,
                 CurrentUser currentUser, EditorialPolicy policy, UserService users, Clock clock,
                 SecurityContextHolderStrategy security) {
        grid = new ConcernGrid(clock);
        filters = new ConcernFilterBar(platforms, jurisdictions, this::refresh);
        past = new AsOfBanner("history.as-of.register", filters.asOf::clear);
        address = address(platforms, jurisdictions);
        // Rows are told apart by id: they are records, so a row fetched again (the browser's first viewport request,
        // any refresh) is an equal but new object, and the grid's key mapper would keep both the first and the latest.
        CountedRows<ConcernRow> rows = new CountedRows<>(query -> {
            Pageable pageable = toSpringPageRequest(query);
            sort = pageable.getSort();
            return concerns.list(filter, pageable).stream();
        }, () -> concerns.count(filter), ConcernRow::id);
        bulk = new BulkActionsBar<>(grid, ConcernRow::id, concerns, policy, security, rows::count,
                () -> concerns.ids(filter));
        bulk.addAction(getTranslation("concern.list.assign"), getTranslation("concern.list.assign.doing"),
                getTranslation("concern.list.assign.done"),
                (ids, run) -> new AssignDialog(concerns, users, ids, run).open());

        grid.setItems(rows);
        grid.addItemClickListener(click -> open(String.valueOf(click.getItem().id())));
        grid.setEmptyStateText(getTranslation("concern.list.empty"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mayAdd = currentUser.require().getRole().includes(Role.ANALYST);
        add.setVisible(mayAdd);
        add.addClickListener(click -> open("new"));
        download = CsvDownload.link(() -> "concerns", out -> concerns.exportCsv(filter, sort, out));
        grid.setId(GRID_ID);
        filters.search.setId(SEARCH_ID);
        download.setId(DOWNLOAD_ID);

        add(new ViewToolbar(getTranslation("concern.list.title"), download, add), filters, past, bulk, grid);
        addClassName("register-view");
    }

    /** Applies filters given in the address. Unknown values are ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private FilterAddress address(PlatformService platforms, JurisdictionService jurisdictions) {
        return new FilterAddress(this).text(ConcernsLink.TEXT, filters.search)
                .single(ConcernsLink.PLATFORM, filters.platform, Platform::getName, platforms::findByName)
                .single(ConcernsLink.JURISDICTION, filters.jurisdiction, Jurisdiction::getCode,
                        jurisdictions::findByCode)
                .constant(ConcernsLink.CATEGORY, filters.category, ConcernCategory.class)
                .constant(ConcernsLink.LEVEL, filters.level, RiskLevel.class)
                .constant(ConcernsLink.STATE, filters.state, PublicationState.class)
                .flag(ConcernsLink.OVERDUE, filters.overdue)
                .flag(ConcernsLink.OPEN, filters.open)
                .single(ConcernsLink.AS_OF, filters.asOf, Instant::toString, AsOfField::parse);
    }

    /**
     * A link into the register with filters set, under the names the register reads them by:
     * {@code ConcernsView.link().jurisdiction("US").openOnly().address()}.
     */
    public static ConcernsLink link() {
        return new ConcernsLink(FilterAddress.link(ConcernsView.class));
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

    /** Opens a concern's page; from the register in the past, the concern as it stood then. */
    private void open(String id) {
        Instant asOf = filter.asOf();
        QueryParameters query = asOf == null ? QueryParameters.empty()
                : QueryParameters.of(ConcernsLink.AS_OF, asOf.toString());
        getUI().ifPresent(ui -> ui.navigate(ConcernEditorView.class, new RouteParameters("id", id), query));
    }

    @Override
    public String titleKey() {
        return "concern.list.title";
    }
}
