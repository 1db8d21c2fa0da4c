package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.FilterAddress;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.history.ui.AsOfBanner;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.springframework.data.domain.Sort;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The timeline: choose jurisdictions and/or platforms and a date range, and see their measures' events on one axis,
 * a lane per jurisdiction or per platform, with a legend. Clicking an event shows its measure, summary and sources.
 * Below, the same events in a lazy grid (sorted in SQL, downloadable as CSV), and beside it the expected steps due
 * soon. Those who may see unpublished measures see their steps marked, and may hide them.
 */
@Route("timeline")
@Menu(order = 30, title = "timeline.title", icon = "vaadin:calendar-clock")
@PermitAll
public class TimelineView extends Div implements BeforeEnterObserver, TitledView {

    final TimelineFilterBar filters;
    final TimelineChart chart = new TimelineChart();
    final EventDetails details;
    final EventGrid grid;
    final UpcomingDeadlines upcoming;
    final Anchor download;
    final AsOfBanner past;

    private final EventService events;
    private final FilterAddress address;
    // Read by the download, which runs outside the UI's lock: immutable snapshots, replaced as the user changes them.
    private volatile EventFilter filter = EventFilter.ALL;
    private volatile Sort sort = Sort.unsorted();

    TimelineView(EventService events, JurisdictionService jurisdictionService, PlatformService platformService,
                 EditorialPolicy policy, Clock clock) {
        this.events = events;
        boolean seesUnpublished = policy.visibility().seesUnpublished();
        details = new EventDetails(events);
        upcoming = new UpcomingDeadlines(events);
        filters = new TimelineFilterBar(jurisdictionService, platformService, seesUnpublished, clock, this::refresh);
        grid = new EventGrid(seesUnpublished);
        grid.setItemsPageable(pageable -> {
            sort = pageable.getSort();
            return events.list(filter, pageable);
        }, pageable -> (int) events.count(filter));
        grid.addItemClickListener(click -> details.show(click.getItem().id(), filter.asOf()));
        chart.addEventClickListener(click -> details.show(click.event().row().id(), filter.asOf()));
        chart.addOverflowClickListener(click -> details.showAll(click.events()));
        download = CsvDownload.link(() -> "events", out -> events.exportCsv(filter, sort, out));

        Div chartAndLegend = new Div(chart, TimelineLegend.of(seesUnpublished));
        Div chartAndDetails = new Div(chartAndLegend, details);
        chartAndDetails.addClassName("timeline-main");
        Div gridAndUpcoming = new Div(new Div(new H3(getTranslation("event.list.title")), grid), upcoming);
        gridAndUpcoming.addClassName("timeline-lists");
        past = new AsOfBanner("history.as-of.timeline", filters.asOf::clear);
        add(new ViewToolbar(getTranslation("timeline.title"), download), filters, past, chartAndDetails,
                gridAndUpcoming);
        addClassName("timeline-view");
        address = address(jurisdictionService, platformService);
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
        address.read(event.getLocation().getQueryParameters());
        refresh();
    }

    /** A link into the timeline with filters set: {@code TimelineView.link().expectedWithin(30).address()}. */
    public static TimelineLink link() {
        return new TimelineLink(FilterAddress.link(TimelineView.class));
    }

    private FilterAddress address(JurisdictionService jurisdictionService, PlatformService platformService) {
        return new FilterAddress(this)
                .each(TimelineLink.JURISDICTION, filters.jurisdictions, Jurisdiction::getCode,
                        codes -> FilterAddress.lookUp(codes, jurisdictionService::findByCode))
                .each(TimelineLink.PLATFORM, filters.platforms, Platform::getName,
                        names -> FilterAddress.lookUp(names, platformService::findByName))
                .date(TimelineLink.FROM, filters.from, filters.defaultFrom())
                .date(TimelineLink.TO, filters.to, filters.defaultTo())
                .single(TimelineLink.LANES, filters.lanes, mode -> mode == TimelineChart.Lanes.JURISDICTION ? null : mode.name(),
                        name -> Stream.of(TimelineChart.Lanes.values())
                                .filter(mode -> mode.name().equalsIgnoreCase(name)).findFirst())
                .text(TimelineLink.TEXT, filters.search)
                .constant(TimelineLink.ACTION, filters.action, EventAction.class)
                .single(TimelineLink.EXPECTED, filters.status, String::valueOf,
                        value -> Optional.of(Boolean.parseBoolean(value)))
                .single(TimelineLink.UNPUBLISHED, filters.unpublished, shown -> shown ? null : "false",
                        value -> Optional.of(Boolean.parseBoolean(value)))
                .shortcut(TimelineLink.DAYS, filters::showTheNextDays)
                .single(TimelineLink.AS_OF, filters.asOf, Instant::toString, AsOfField::parse);
    }

    private void refresh() {
        if (address.isReading()) {
            return;
        }
        filter = filters.filter();
        past.show(filter.asOf());
        chart.show(events.timeline(filter, EventService.TIMELINE_LIMIT), filters.firstDay(), filters.lastDay(),
                filters.lanes.getValue());
        grid.getDataProvider().refreshAll();
        upcoming.show(filter);
        address.write();
    }

    @Override
    public String titleKey() {
        return "timeline.title";
    }
}
