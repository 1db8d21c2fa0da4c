package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer, who sees every concern, finds the dashboard's figures in the concern register: filtered by hand as
 * the figure says, or by following the figure's link, the register lists as many concerns as the figure counts. The
 * figures are read from the page each time, so the records other journeys add do not matter.
 */
@RealBrowser
class DashboardJourneyIT {

    @Test
    void the_open_concerns_figure_is_the_count_of_the_register_filtered_to_open_concerns(Ui ui) {
        ui.signIn("reviewer");
        DashboardPage dashboard = DashboardPage.open(ui);
        long open = dashboard.figure("Open concerns");
        long overdue = dashboard.figure("Overdue reviews");
        assertThat(open).as("the demo data holds open concerns").isPositive();

        ConcernRegister register = ConcernRegister.open(ui);
        long all = register.rows();
        assertThat(register.tick("Open only").rows()).as("open concerns, filtered by hand").isEqualTo(open)
                .isLessThanOrEqualTo(all);
        assertThat(register.tick("Review overdue").rows()).as("open concerns overdue for review, filtered by hand")
                .isEqualTo(overdue);

        DashboardPage.open(ui).openFigure("Open concerns");
        assertThat(register.ticked("Open only")).as("the figure's link filters the register to open concerns").isTrue();
        assertThat(register.rows()).isEqualTo(open);
        DashboardPage.open(ui).openFigure("Overdue reviews");
        assertThat(register.ticked("Review overdue")).isTrue();
        assertThat(register.rows()).isEqualTo(overdue);
    }

    @Test
    void each_level_of_open_concerns_leads_to_a_register_with_that_many_rows(Ui ui) {
        ui.signIn("reviewer");
        DashboardPage dashboard = DashboardPage.open(ui);
        long open = dashboard.figure("Open concerns");
        Map<String, Long> byLevel = dashboard.openByLevel();
        assertThat(byLevel).as("a badge per level").containsOnlyKeys("Critical", "High", "Medium", "Low");
        assertThat(byLevel.values().stream().mapToLong(Long::longValue).sum()).as("the levels add up to the figure")
                .isEqualTo(open);

        ConcernRegister register = new ConcernRegister(ui);
        for (String level : byLevel.keySet()) {
            long count = DashboardPage.open(ui).openByLevel().get(level);
            DashboardPage.open(ui).openLevel(level);
            assertThat(register.chosenFilters()).as("the register filtered to the level").contains(level);
            assertThat(register.ticked("Open only")).isTrue();
            assertThat(register.rows()).as("open concerns of level " + level).isEqualTo(count);
        }
    }

    @Test
    void a_heatmap_cell_leads_to_the_register_filtered_to_its_jurisdiction_and_platform_with_that_many_rows(Ui ui) {
        ui.signIn("reviewer");
        List<DashboardPage.Cell> cells = DashboardPage.open(ui).heatmap();
        assertThat(cells).as("the demo data fills some heatmap cells").isNotEmpty();
        // The fullest cell, and the first one: two different cells where the demo data allows.
        DashboardPage.Cell fullest = cells.stream().max(Comparator.comparingLong(DashboardPage.Cell::count)).orElseThrow();
        ConcernRegister register = new ConcernRegister(ui);
        for (DashboardPage.Cell cell : List.of(fullest, cells.getFirst()).stream().distinct().toList()) {
            DashboardPage.open(ui).openCell(cell);
            assertThat(register.chosenFilters()).as("the register filtered to the cell's platform and jurisdiction")
                    .contains(cell.platform()).anyMatch(shown -> shown.startsWith(cell.jurisdiction() + " — "));
            assertThat(register.ticked("Open only")).isTrue();
            assertThat(register.rows()).as("the register's rows for the cell " + cell.title()).isEqualTo(cell.count());
        }
    }
}
