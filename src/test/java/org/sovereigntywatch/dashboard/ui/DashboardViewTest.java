package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.PinnableClock;
import org.sovereigntywatch.concern.ConcernCounts.HeatCell;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Autowired
    private DashboardService dashboards;

    @Autowired
    private PinnableClock clock;

    @Test
    void the_landing_page_shows_the_figures_the_heatmap_and_the_lists() {
        login("viewer");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Open concerns").contains("Overdue reviews").contains("Measures in force")
                .contains("Expected in the next 30 days").contains("Recent changes").contains("Upcoming deadlines");
        assertThat(view.heatmap.jurisdictions).isNotEmpty();
        assertThat(text).contains("The last 90 days");
    }

    @Test
    void the_recent_timeline_comes_with_its_legend() {
        login("analyst");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        String legend = _get(view, com.vaadin.flow.component.Html.class, spec -> spec.withClasses("timeline-legend"))
                .getElement().getOuterHTML();
        assertThat(legend).contains("Bringing it about", "Halting", "Did not happen", "Not published");
    }

    @Test
    void a_heatmap_cell_leads_to_the_register_filtered_to_its_concerns() {
        login("viewer");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        // A cell the heatmap shows: other tests' platforms may outrank the demo's among the ten shown.
        HeatCell cell = dashboards.load().heatmap().stream()
                .filter(heat -> view.heatmap.jurisdictions.contains(heat.jurisdiction())
                        && view.heatmap.platforms.contains(heat.platform()))
                .findFirst().orElseThrow();

        String[] link = Heatmap.link(cell.jurisdiction(), cell.platform(), null).split("\\?", 2);
        UI.getCurrent().navigate(link[0], QueryParameters.fromString(link[1]));

        _assertOne(ConcernsView.class);
        assertThat(_get(JurisdictionPicker.class).getValue().getCode()).isEqualTo(cell.jurisdiction());
        assertThat(_get(PlatformPicker.class).getValue().getName()).isEqualTo(cell.platform());
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Open only")).getValue()).isTrue();
        assertThat(_size(_get(Grid.class))).isEqualTo((int) cell.count());
    }

    @Test
    void a_platform_name_is_escaped_in_the_heatmap_and_encoded_in_its_link() {
        Heatmap heatmap = new Heatmap(java.util.List.of(new HeatCell("US", "<b>R&D</b> app", 20, 1)), null);
        assertThat(heatmap.getElement().getChild(0).getOuterHTML()).contains("&lt;b&gt;R&amp;D&lt;/b&gt; app")
                .doesNotContain("<b>");
        assertAddress(Heatmap.link("US", "<b>R&D</b> app", null), "concerns", "jurisdiction=US",
                "platform=%3Cb%3ER%26D%3C%2Fb%3E%20app", "open=true");
    }

    @Test
    void each_figure_leads_to_the_register_filtered_to_what_it_counts() {
        login("viewer");
        LocalDate today = LocalDate.of(2025, 3, 10);
        clock.pin(today);
        try {
            UI.getCurrent().navigate("");
            List<String> figures = _find(_get(DashboardView.class), Anchor.class,
                    spec -> spec.withClasses("figure-value")).stream().map(Anchor::getHref).toList();
            List<String> levels = _find(_get(DashboardView.class), Anchor.class,
                    spec -> spec.withClasses("badge")).stream().map(Anchor::getHref).toList();
            assertThat(figures).hasSize(4);

            // Each register, opened by the link, writes back the filters it took.
            navigate(figures.get(0));
            assertAddress(lastAddressWritten(), "concerns", "open=true");
            navigate(figures.get(1));
            assertAddress(lastAddressWritten(), "concerns", "open=true", "overdue=true");
            navigate(figures.get(2));
            assertAddress(lastAddressWritten(), "measures", "status=IN_FORCE");
            navigate(figures.get(3));
            assertAddress(lastAddressWritten(), "timeline", "expected=true", "from=" + today,
                    "to=" + today.plusDays(DashboardService.DUE_WITHIN_DAYS));

            assertThat(levels).hasSize(RiskLevel.values().length);
            navigate(levels.getFirst());
            assertAddress(lastAddressWritten(), "concerns", "open=true", "level=CRITICAL");
        } finally {
            clock.release();
        }
    }
}
