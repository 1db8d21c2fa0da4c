package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.EventStatus;
import org.springframework.data.domain.Sort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The timeline: choose jurisdictions and/or platforms and a date range, and see their measures' events on one axis,
 * a lane per jurisdiction or per platform, with a legend. Clicking an event shows its measure, summary and sources.
 * Below, the same events in a lazy grid (sorted in SQL, downloadable as CSV), and beside it the expected steps due
 * soon. Those who may see unpublished measures see their steps marked, and may hide them.
 */
@Route("timeline")
@PageTitle("Timeline · Sovereignty Watch")
@Menu(order = 30, title = "Timeline", icon = "vaadin:calendar-clock")
@PermitAll
public class TimelineView extends Div implements BeforeEnterObserver {

    final MultiSelectComboBox<Jurisdiction> jurisdictions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Platform> platforms = new MultiSelectComboBox<>();
    final DatePicker from = DatePickers.create("From");
    final DatePicker to = DatePickers.create("To");
    final RadioButtonGroup<TimelineChart.Lanes> lanes = new RadioButtonGroup<>("Lanes");
    final SearchField search = new SearchField("Search summary or measure", this::refresh);
    final Select<EventAction> action = new Select<>();
    final Select<Boolean> status = new Select<>();
    /** Shown to those who may see unpublished measures: whether their steps are drawn and listed too. */
    final Checkbox unpublished = new Checkbox("Unpublished steps", true);
    final TimelineChart chart = new TimelineChart();
    final EventDetails details;
    final Grid<EventRow> grid = new Grid<>(EventRow.class, false);
    final UpcomingDeadlines upcoming;
    final Anchor download;

    private final EventService events;
    private final FilterAddress address;
    // Read by the download, which runs outside the UI's lock: immutable snapshots, replaced as the user changes them.
    private volatile EventFilter filter = EventFilter.ALL;
    private volatile Sort sort = Sort.unsorted();

    TimelineView(EventService events, JurisdictionService jurisdictionService, PlatformService platformService,
                 EditorialPolicy policy) {
        this.events = events;
        boolean seesUnpublished = policy.visibility().seesUnpublished();
        details = new EventDetails(events);
        upcoming = new UpcomingDeadlines(events);
        configureFilters(jurisdictionService, platformService);
        unpublished.setVisible(seesUnpublished);
        unpublished.setTooltipText("Steps of draft, in-review and archived measures, drawn with a dotted outline");
        unpublished.addValueChangeListener(change -> refresh());
        configureGrid(seesUnpublished);
        chart.addEventClickListener(click -> details.show(click.event().row().id()));
        chart.addOverflowClickListener(click -> details.showAll(click.events()));
        download = CsvDownload.link(() -> "events", out -> events.exportCsv(filter, sort, out));

        Div chartAndLegend = new Div(chart, TimelineLegend.of(seesUnpublished));
        Div chartAndDetails = new Div(chartAndLegend, details);
        chartAndDetails.addClassName("timeline-main");
        Div gridAndUpcoming = new Div(new Div(new H3("Events"), grid), upcoming);
        gridAndUpcoming.addClassName("timeline-lists");
        add(new ViewToolbar("Timeline", download),
                new FilterBar(jurisdictions, platforms, from, to, lanes, search, action, status, unpublished),
                chartAndDetails, gridAndUpcoming);
        addClassName("timeline-view");
        address = address(jurisdictionService, platformService);
        refresh();
    }

    private void configureFilters(JurisdictionService jurisdictionService, PlatformService platformService) {
        jurisdictions.setLabel("Jurisdictions");
        jurisdictions.setPlaceholder("All");
        jurisdictions.setItemLabelGenerator(Jurisdiction::label);
        jurisdictions.setItems(query -> jurisdictionService.list(
                new JurisdictionFilter(query.getFilter().orElse(""), null), toSpringPageRequest(query)).stream());
        platforms.setLabel("Platforms");
        platforms.setPlaceholder("All");
        platforms.setItemLabelGenerator(Platform::getName);
        platforms.setItems(query -> platformService.list(query.getFilter().orElse(""), toSpringPageRequest(query))
                .stream());
        from.setValue(defaultFrom());
        to.setValue(defaultTo());
        lanes.setItems(TimelineChart.Lanes.values());
        lanes.setItemLabelGenerator(mode -> mode == TimelineChart.Lanes.JURISDICTION ? "By jurisdiction" : "By platform");
        lanes.setValue(TimelineChart.Lanes.JURISDICTION);
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any action");
        action.setItems(EventAction.values());
        action.setItemLabelGenerator(value -> value == null ? "Any action" : value.label());
        action.setAriaLabel("Action");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(true, false);
        status.setItemLabelGenerator(value -> value == null ? "Any status" : value ? "Expected" : "Happened");
        status.setAriaLabel("Status");
        List.of(jurisdictions, platforms).forEach(field -> field.addValueChangeListener(change -> refresh()));
        List.of(from, to).forEach(field -> field.addValueChangeListener(change -> refresh()));
        lanes.addValueChangeListener(change -> refresh());
        action.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
    }

    /** Columns wide enough for their longest value ("30 September 2025", "US-MT"), whatever rows come first. */
    private void configureGrid(boolean seesUnpublished) {
        // In date order as PolicyDate has it: the wider period first at equal starts (see EventService.BY_DATE).
        Grid.Column<EventRow> date = grid.addColumn(row -> row.date().label()).setHeader("Date")
                .setSortOrderProvider(direction -> Stream.of(new QuerySortOrder("periodStart", direction),
                        new QuerySortOrder("precision", direction.getOpposite())))
                .setWidth("12rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(ActionBadge.renderer())
                .setHeader("Action").setSortProperty("action").setWidth("9.5rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setSortProperty("expected", "cancelled")
                .setWidth("10rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(EventRow::jurisdiction).setHeader("Where").setSortProperty("measure.jurisdiction.code")
                .setWidth("7rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(EventRow::measureTitle).setHeader("Measure").setSortProperty("measure.title").setFlexGrow(2)
                .setTooltipGenerator(EventRow::measureTitle).setResizable(true);
        grid.addColumn(EventRow::summary).setHeader("Summary").setFlexGrow(3).setTooltipGenerator(EventRow::summary);
        grid.addColumn(StateBadge.renderer(EventRow::measureState))
                .setHeader("State").setSortProperty("measure.state").setWidth("7.5rem").setFlexGrow(0)
                .setVisible(seesUnpublished);
        // Struck through: did not happen; shaded: an unpublished measure's step (styles.css).
        grid.setPartNameGenerator(TimelineView::rowStyle);
        grid.setMultiSort(true);
        // In date order until the user sorts otherwise, and so is the download, which takes the grid's sort.
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.ASCENDING)));
        grid.setItemsPageable(pageable -> {
            sort = pageable.getSort();
            return events.list(filter, pageable);
        }, pageable -> (int) events.count(filter));
        grid.addItemClickListener(click -> details.show(click.getItem().id()));
        grid.setEmptyStateText("No event matches these filters.");
    }

    /**
     * Applies the filters given in the address, where they are kept as they change ({@code ?jurisdiction=US&
     * jurisdiction=IN&platform=TikTok&from=2020-01-01&to=2025-12-31&lanes=PLATFORM&q=ban&action=IN_FORCE&
     * expected=false&unpublished=false}; the dates only when they are not the default range). {@code ?expected=true&
     * days=30} (how the dashboard's "expected in the next 30 days" links here) shows the expected steps from today to
     * that many days ahead.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        address.read(query);
        query.getSingleParameter("days").ifPresent(days -> {
            try {
                LocalDate today = LocalDate.now();
                from.setValue(today);
                to.setValue(today.plusDays(Integer.parseInt(days)));
            } catch (NumberFormatException notANumber) {
                // an unreadable number of days leaves the default range
            }
        });
        refresh();
    }

    private FilterAddress address(JurisdictionService jurisdictionService, PlatformService platformService) {
        return new FilterAddress(this)
                .each("jurisdiction", jurisdictions, Jurisdiction::getCode,
                        codes -> FilterAddress.lookUp(codes, jurisdictionService::findByCode))
                .each("platform", platforms, Platform::getName,
                        names -> FilterAddress.lookUp(names, platformService::findByName))
                .date("from", from, defaultFrom()).date("to", to, defaultTo())
                .single("lanes", lanes, mode -> mode == TimelineChart.Lanes.JURISDICTION ? null : mode.name(),
                        name -> Stream.of(TimelineChart.Lanes.values())
                                .filter(mode -> mode.name().equalsIgnoreCase(name)).findFirst())
                .text("q", search)
                .constant("action", action, EventAction.class)
                .single("expected", status, String::valueOf, value -> Optional.of(Boolean.parseBoolean(value)))
                .single("unpublished", unpublished, shown -> shown ? null : "false",
                        value -> Optional.of(Boolean.parseBoolean(value)));
    }

    /** The range shown unless the user picks another: six years back, to the end of next year. */
    private static LocalDate defaultFrom() {
        return LocalDate.now().minusYears(6).withDayOfYear(1);
    }

    private static LocalDate defaultTo() {
        return LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(31);
    }

    static @Nullable String rowStyle(EventRow row) {
        String style = (row.status() == EventStatus.CANCELLED ? "cancelled " : "")
                + (row.unpublished() ? "unpublished" : "");
        return style.isBlank() ? null : style.strip();
    }

    private void refresh() {
        filter = EventFilter.ALL.withText(search.getValue())
                .withJurisdictions(jurisdictions.getValue().stream().map(Jurisdiction::getCode).collect(Collectors.toSet()))
                .withPlatforms(platforms.getValue().stream().map(Platform::getId).collect(Collectors.toSet()))
                .between(from.getValue(), to.getValue()).withAction(action.getValue()).withExpected(status.getValue())
                .withStates(unpublished.getValue() ? Set.of() : Set.of(PublicationState.PUBLISHED));
        LocalDate first = from.getValue() == null ? LocalDate.now().minusYears(6) : from.getValue();
        LocalDate last = to.getValue() == null ? LocalDate.now().plusYears(1) : to.getValue();
        chart.show(events.timeline(filter, EventService.TIMELINE_LIMIT), first, last, lanes.getValue());
        grid.getDataProvider().refreshAll();
        upcoming.show(filter);
        address.write();
    }
}
