package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ConcernCounts.HeatCell;
import org.sovereigntywatch.concern.ui.ConcernsView;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Test
    void the_landing_page_shows_the_figures_the_heatmap_and_the_lists() {
        login("viewer");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Open concerns").contains("Overdue reviews").contains("Measures in force")
                .contains("Expected in the next 30 days").contains("Recent changes").contains("Upcoming deadlines");
        assertThat(view.dashboard.heatmap()).isNotEmpty();
        assertThat(view.recentTimeline.laneNames()).isNotNull();
    }

    @Test
    void clicking_a_heatmap_cell_opens_the_register_filtered_to_its_concerns() {
        login("viewer");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        HeatCell cell = view.dashboard.heatmap().stream()
                .filter(heat -> heat.jurisdiction().equals("US") && heat.platform().equals("TikTok"))
                .findFirst().orElseThrow();

        _click(_find(view.heatmap, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("heatmap-cell filled").withAttribute("title",
                        cell.count() + " open concern(s), highest level " + cell.level().label()
                                + " — US × TikTok")).getFirst());

        _assertOne(ConcernsView.class);
        assertThat(_get(JurisdictionPicker.class).getValue().getCode()).isEqualTo("US");
        assertThat(_get(PlatformPicker.class).getValue().getName()).isEqualTo("TikTok");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Open only")).getValue()).isTrue();
        assertThat(_size(_get(Grid.class))).isEqualTo((int) cell.count());
    }
}
