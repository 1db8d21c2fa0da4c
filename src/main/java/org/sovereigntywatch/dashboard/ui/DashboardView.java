package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.ui.ConcernsLink;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.concern.ui.LevelBadge;
import org.sovereigntywatch.dashboard.DashboardService.Dashboard;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.history.ui.AsOfBanner;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.ui.MeasuresView;
import org.sovereigntywatch.timeline.ui.TimelineChart;
import org.sovereigntywatch.timeline.ui.TimelineLegend;
import org.sovereigntywatch.timeline.ui.TimelineLink;
import org.sovereigntywatch.timeline.ui.TimelineView;
import org.sovereigntywatch.timeline.ui.UpcomingDeadlines;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The landing page: what changed, what is due, where the risk is. Figures and the heatmap link to the registers
 * filtered to what they count; every number is an aggregate over what the user may see. With a past moment in the
 * address ({@code ?asOf=2025-01-19T23:59:59Z}) every figure is the record's as it stood then, and the links lead to the
 * registers as they stood then.
 */
@Route("")
@Menu(order = 0, title = "dashboard.title", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Div implements TitledView, BeforeEnterObserver {

    static final int TIMELINE_DAYS = 90;
    /** The compact timeline draws the latest events only, so that an open dashboard stays light. */
    static final int TIMELINE_EVENTS = 150;

    final AsOfField asOf = new AsOfField();
    final AsOfBanner past = new AsOfBanner("history.as-of.dashboard", this::showNow);
    Heatmap heatmap;
    UpcomingDeadlines upcoming;

    private final DashboardService dashboards;
    private final EventService events;
    private final EditorialPolicy policy;
    private final Clock clock;
    private final Div content = new Div();

    DashboardView(DashboardService dashboards, EventService events, EditorialPolicy policy, Clock clock) {
        this.dashboards = dashboards;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        // The moment lives in the address: choosing one opens the dashboard of that moment.
        asOf.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class, change.getValue() == null
                        ? QueryParameters.empty()
                        : QueryParameters.of(AsOfField.PARAMETER, change.getValue().toString())));
            }
        });
        content.addClassName("dashboard-content");
        add(new ViewToolbar(getTranslation("dashboard.title"), asOf), past, content);
        addClassName("dashboard");
    }

    /** Shows the figures of now, or of the past moment the address names. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Instant moment = event.getLocation().getQueryParameters().getSingleParameter(AsOfField.PARAMETER)
                .flatMap(AsOfField::parse).orElse(null);
        asOf.setValue(moment);
        past.show(moment);
        show(moment);
    }

    private void showNow() {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
    }

    private void show(@Nullable Instant moment) {
        Dashboard dashboard = dashboards.load(moment);
        heatmap = new Heatmap(dashboard.heatmap(), moment);
        upcoming = new UpcomingDeadlines(events);
        upcoming.show(EventFilter.ALL.asOf(moment));
        LocalDate today = InForce.day(moment, clock);
        LocalDate from = today.minusDays(TIMELINE_DAYS);
        Component recentTimeline = new Div(TimelineChart.compact(
                events.timeline(EventFilter.ALL.between(from, today).asOf(moment), TIMELINE_EVENTS), from, today,
                TimelineChart.Lanes.JURISDICTION), TimelineLegend.of(policy.visibility().seesUnpublished()));
        TimelineLink expected = moment == null ? TimelineView.link().expectedWithin(DashboardService.DUE_WITHIN_DAYS)
                : TimelineView.link().expectedBetween(today, today.plusDays(DashboardService.DUE_WITHIN_DAYS))
                .asOf(moment);

        Div figures = new Div(openConcerns(dashboard, moment),
                figure(getTranslation("dashboard.figure.overdue-reviews"), dashboard.overdueReviews(),
                        ConcernsView.link().openOnly().overdueOnly().asOf(moment).address()),
                figure(getTranslation("dashboard.figure.measures-in-force"), dashboard.measuresInForce(),
                        MeasuresView.link().currentStatus(EventAction.IN_FORCE).asOf(moment).address()),
                figure(getTranslation("dashboard.figure.expected-soon", DashboardService.DUE_WITHIN_DAYS),
                        dashboard.expectedSoon(), expected.address()));
        figures.addClassName("figures");
        content.removeAll();
        content.add(figures,
                panel(getTranslation("dashboard.heatmap.title"), heatmap, "wide"),
                panel(getTranslation("dashboard.upcoming.title"), upcoming, ""),
                panel(getTranslation("dashboard.recent.title"), new RecentChanges(dashboard.recentChanges(), moment),
                        ""),
                panel(getTranslation("dashboard.timeline.title", TIMELINE_DAYS), recentTimeline, "wide"));
    }

    /** Open concerns, with one badge per level linking to the register filtered to it. */
    private Component openConcerns(Dashboard dashboard, @Nullable Instant moment) {
        Div levels = new Div();
        levels.addClassName("figure-levels");
        ConcernsLink open = ConcernsView.link().openOnly().asOf(moment);
        for (RiskLevel level : List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)) {
            Anchor badge = new Anchor(open.level(level).address(),
                    getTranslation("dashboard.figure.level", level, dashboard.openByLevel().get(level)));
            badge.getElement().setAttribute("class", Badge.classNames(LevelBadge.colourClass(level)));
            levels.add(badge);
        }
        Component card = figure(getTranslation("dashboard.figure.open-concerns"), dashboard.openConcerns(),
                open.address());
        card.getElement().appendChild(levels.getElement());
        return card;
    }

    /** A figure, its number written with the separators of the user's locale (1,234; 1 234). */
    private Component figure(String label, long value, String href) {
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Anchor number = new Anchor(href, NumberFormat.getIntegerInstance(getLocale()).format(value));
        number.addClassName("figure-value");
        Div card = new Div(caption, number);
        card.addClassName("figure");
        return card;
    }

    private static Component panel(String title, Component content, String size) {
        Div panel = new Div(new H3(title), content);
        panel.addClassName("dashboard-panel");
        if (!size.isEmpty()) {
            panel.addClassName(size);
        }
        return panel;
    }

    @Override
    public String titleKey() {
        return "dashboard.title";
    }
}
