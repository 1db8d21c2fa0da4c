package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.TitledView;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.ui.ConcernsLink;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.concern.ui.LevelBadge;
import org.sovereigntywatch.dashboard.DashboardService.Dashboard;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.ui.MeasuresView;
import org.sovereigntywatch.timeline.ui.TimelineChart;
import org.sovereigntywatch.timeline.ui.TimelineLegend;
import org.sovereigntywatch.timeline.ui.TimelineView;
import org.sovereigntywatch.timeline.ui.UpcomingDeadlines;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The landing page: what changed, what is due, where the risk is. Figures and the heatmap link to the registers
 * filtered to what they count; every number is an aggregate over what the user may see.
 */
@Route("")
@Menu(order = 0, title = "dashboard.title", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Div implements TitledView {

    static final int TIMELINE_DAYS = 90;
    /** The compact timeline draws the latest events only, so that an open dashboard stays light. */
    static final int TIMELINE_EVENTS = 150;

    final Heatmap heatmap;
    final UpcomingDeadlines upcoming;

    DashboardView(DashboardService dashboards, EventService events, EditorialPolicy policy, Clock clock) {
        Dashboard dashboard = dashboards.load();
        heatmap = new Heatmap(dashboard.heatmap());
        upcoming = new UpcomingDeadlines(events);
        upcoming.show(EventFilter.ALL);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(TIMELINE_DAYS);
        Component recentTimeline = new Div(TimelineChart.compact(
                events.timeline(EventFilter.ALL.between(from, today), TIMELINE_EVENTS), from, today,
                TimelineChart.Lanes.JURISDICTION), TimelineLegend.of(policy.visibility().seesUnpublished()));

        Div figures = new Div(openConcerns(dashboard),
                figure(getTranslation("dashboard.figure.overdue-reviews"), dashboard.overdueReviews(),
                        ConcernsView.link().openOnly().overdueOnly().address()),
                figure(getTranslation("dashboard.figure.measures-in-force"), dashboard.measuresInForce(),
                        MeasuresView.link().currentStatus(EventAction.IN_FORCE).address()),
                figure(getTranslation("dashboard.figure.expected-soon", DashboardService.DUE_WITHIN_DAYS),
                        dashboard.expectedSoon(),
                        TimelineView.link().expectedWithin(DashboardService.DUE_WITHIN_DAYS).address()));
        figures.addClassName("figures");
        add(new ViewToolbar(getTranslation("dashboard.title")), figures,
                panel(getTranslation("dashboard.heatmap.title"), heatmap, "wide"),
                panel(getTranslation("dashboard.upcoming.title"), upcoming, ""),
                panel(getTranslation("dashboard.recent.title"), new RecentChanges(dashboard.recentChanges()), ""),
                panel(getTranslation("dashboard.timeline.title", TIMELINE_DAYS), recentTimeline, "wide"));
        addClassName("dashboard");
    }

    /** Open concerns, with one badge per level linking to the register filtered to it. */
    private Component openConcerns(Dashboard dashboard) {
        Div levels = new Div();
        levels.addClassName("figure-levels");
        ConcernsLink open = ConcernsView.link().openOnly();
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
