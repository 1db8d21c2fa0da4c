package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernColumn;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.LocalDate;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The concern register: a lazy grid of the concerns the user may see, filtered and sorted in SQL, and the same rows
 * as a CSV download. The filters live in the address ({@code ?platform=TikTok&jurisdiction=US&level=HIGH&state=
 * PUBLISHED&category=STATE_ACCESS&overdue=true&open=true&q=oracle}): the dashboard links here so, and a reload or a
 * shared address shows the same rows.
 */
@Route("concerns")
@PageTitle("Concerns · Sovereignty Watch")
@Menu(order = 10, title = "Concerns", icon = "vaadin:warning")
@PermitAll
public class ConcernsView extends Div implements BeforeEnterObserver {

    final Grid<ConcernRow> grid = new Grid<>(ConcernRow.class, false);
    final ConcernFilterBar filters;
    final Button add = new Button("New concern", VaadinIcon.PLUS.create());
    final Anchor download;

    // The address's parameters, read and written by the view and used by the links into it (link()).
    private static final String TEXT = "q";
    private static final String PLATFORM = "platform";
    private static final String JURISDICTION = "jurisdiction";
    private static final String CATEGORY = "category";
    private static final String LEVEL = "level";
    private static final String STATE = "state";
    private static final String OVERDUE = "overdue";
    private static final String OPEN = "open";

    private final FilterAddress address;
    private final Clock clock;
    // Read by the download, which runs outside the UI's lock: immutable snapshots, replaced as the user changes them.
    private volatile ConcernFilter filter = ConcernFilter.ALL;
    private volatile Sort sort = Sort.unsorted();

    ConcernsView(ConcernService concerns, PlatformService platforms, JurisdictionService jurisdictions,
                 CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        filters = new ConcernFilterBar(platforms, jurisdictions, this::refresh);
        address = address(platforms, jurisdictions);

        configureGrid(concerns);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.require().getRole().includes(Role.ANALYST));
        add.addClickListener(click -> open("new"));
        download = CsvDownload.link(() -> "concerns", out -> concerns.exportCsv(filter, sort, out));

        add(new ViewToolbar("Concerns", download, add), filters, grid);
        addClassName("register-view");
    }

    private void configureGrid(ConcernService concerns) {
        // Sized to fit a 1400 px window beside the menu (measured in Chromium: 1,090 px for the grid), long values cut
        // with a tooltip: the title takes what is left and stays put when scrolling sideways on a narrower window, and
        // so does the state at the other end.
        grid.addColumn(ConcernRow::title).setHeader("Title").setSortProperty(ConcernColumn.TITLE.path()).setFlexGrow(1)
                .setWidth("7rem").setFrozen(true).setResizable(true).setTooltipGenerator(ConcernRow::title);
        grid.addColumn(ConcernRow::platform).setHeader("Platform").setSortProperty(ConcernColumn.PLATFORM.path())
                .setWidth("6.5rem").setFlexGrow(0).setTooltipGenerator(ConcernRow::platform);
        grid.addColumn(row -> row.accessingJurisdiction() + " → " + row.affectedJurisdiction())
                .setHeader("Law → users").setSortProperty(ConcernColumn.AFFECTED_JURISDICTION.path())
                .setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.accessingJurisdiction() + " law could reach the data of "
                        + row.affectedJurisdiction() + " users");
        grid.addColumn(row -> row.category().label()).setHeader("Category")
                .setSortProperty(ConcernColumn.CATEGORY.path())
                .setWidth("6.5rem").setFlexGrow(0).setTooltipGenerator(row -> row.category().label());
        grid.addColumn(LevelBadge.renderer(ConcernRow::level, ConcernRow::score))
                .setHeader("Level").setSortProperty(ConcernColumn.SCORE.path()).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.claimStatus().label()).setHeader("Claim")
                .setSortProperty(ConcernColumn.CLAIM_STATUS.path())
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> row.treatmentStatus().label()).setHeader("Treatment")
                .setSortProperty(ConcernColumn.TREATMENT_STATUS.path())
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(ConcernRow::owner).setHeader("Owner").setSortProperty(ConcernColumn.OWNER.path())
                .setWidth("6rem").setFlexGrow(0).setTooltipGenerator(ConcernRow::owner);
        grid.addColumn(LitRenderer.<ConcernRow>of("<span class=${item.classes}>${item.date}</span>")
                        .withProperty("classes", row -> row.reviewOverdue(LocalDate.now(clock)) ? "overdue" : "")
                        .withProperty("date", row -> row.nextReview().toString()))
                .setHeader("Next review").setSortProperty(ConcernColumn.NEXT_REVIEW.path()).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(StateBadge.renderer(ConcernRow::state))
                .setHeader("State").setSortProperty(ConcernColumn.STATE.path()).setWidth("6rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true);
        // Rows are told apart by id: they are records, so a row fetched again (the browser's first viewport request,
        // any refresh) is an equal but new object, and the grid's key mapper would keep both the first and the latest.
        grid.setItems(new CallbackDataProvider<ConcernRow, Void>(query -> {
            Pageable pageable = toSpringPageRequest(query);
            sort = pageable.getSort();
            return concerns.list(filter, pageable).stream();
        }, query -> (int) concerns.count(filter), ConcernRow::id));
        grid.addItemClickListener(click -> open(String.valueOf(click.getItem().id())));
        grid.setEmptyStateText("No concern matches these filters.");
    }

    /** Applies filters given in the address. Unknown values are ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    private FilterAddress address(PlatformService platforms, JurisdictionService jurisdictions) {
        return new FilterAddress(this).text(TEXT, filters.search)
                .single(PLATFORM, filters.platform, Platform::getName, platforms::findByName)
                .single(JURISDICTION, filters.jurisdiction, Jurisdiction::getCode, jurisdictions::findByCode)
                .constant(CATEGORY, filters.category, ConcernCategory.class)
                .constant(LEVEL, filters.level, RiskLevel.class)
                .constant(STATE, filters.state, PublicationState.class)
                .flag(OVERDUE, filters.overdue)
                .flag(OPEN, filters.open);
    }

    /**
     * A link into the register with filters set, under the names the register reads them by:
     * {@code ConcernsView.link().jurisdiction("US").openOnly().address()}. The filters are given as the address
     * shows them (a platform by name), which is what a page that links here has at hand.
     */
    public static Link link() {
        return new Link(FilterAddress.link(ConcernsView.class));
    }

    /** The filters of a link into the register; each method gives a new link, so one can start several. */
    public static final class Link {

        private final FilterAddress.Link address;

        private Link(FilterAddress.Link address) {
            this.address = address;
        }

        public Link text(String words) {
            return new Link(address.value(TEXT, words));
        }

        public Link platform(String name) {
            return new Link(address.value(PLATFORM, name));
        }

        public Link jurisdiction(String code) {
            return new Link(address.value(JURISDICTION, code));
        }

        public Link category(ConcernCategory value) {
            return new Link(address.constant(CATEGORY, value));
        }

        public Link level(RiskLevel value) {
            return new Link(address.constant(LEVEL, value));
        }

        public Link state(PublicationState value) {
            return new Link(address.constant(STATE, value));
        }

        public Link overdueOnly() {
            return new Link(address.flag(OVERDUE, true));
        }

        public Link openOnly() {
            return new Link(address.flag(OPEN, true));
        }

        /** {@code concerns?jurisdiction=US&open=true}, relative to the application's root. */
        public String address() {
            return address.address();
        }
    }

    private void refresh() {
        filter = filters.filter();
        grid.getDataProvider().refreshAll();
        address.write();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(ConcernEditorView.class, new RouteParameters("id", id)));
    }
}
