package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.sovereigntywatch.concern.ConcernColumn;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.editorial.ui.StateBadge;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The register's concerns as rows, each column sorted in SQL by the path {@link ConcernColumn} gives it; a review
 * date that has passed shows red. The view gives it its rows.
 */
class ConcernGrid extends Grid<ConcernRow> {

    ConcernGrid(Clock clock) {
        super(ConcernRow.class, false);
        // Sized to fit a 1400 px window beside the menu (measured in Chromium: 1,090 px for the grid), long values cut
        // with a tooltip: the title takes what is left and stays put when scrolling sideways on a narrower window, and
        // so does the state at the other end.
        addColumn(ConcernRow::title).setHeader("Title").setSortProperty(ConcernColumn.TITLE.path()).setFlexGrow(1)
                .setWidth("7rem").setFrozen(true).setResizable(true).setTooltipGenerator(ConcernRow::title);
        addColumn(ConcernRow::platform).setHeader("Platform").setSortProperty(ConcernColumn.PLATFORM.path())
                .setWidth("6.5rem").setFlexGrow(0).setTooltipGenerator(ConcernRow::platform);
        addColumn(row -> row.accessingJurisdiction() + " → " + row.affectedJurisdiction())
                .setHeader("Law → users").setSortProperty(ConcernColumn.AFFECTED_JURISDICTION.path())
                .setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.accessingJurisdiction() + " law could reach the data of "
                        + row.affectedJurisdiction() + " users");
        addColumn(row -> row.category().label()).setHeader("Category")
                .setSortProperty(ConcernColumn.CATEGORY.path())
                .setWidth("6.5rem").setFlexGrow(0).setTooltipGenerator(row -> row.category().label());
        addColumn(LevelBadge.renderer(ConcernRow::level, ConcernRow::score))
                .setHeader("Level").setSortProperty(ConcernColumn.SCORE.path()).setWidth("7.5rem").setFlexGrow(0);
        addColumn(row -> row.claimStatus().label()).setHeader("Claim")
                .setSortProperty(ConcernColumn.CLAIM_STATUS.path())
                .setWidth("6rem").setFlexGrow(0);
        addColumn(row -> row.treatmentStatus().label()).setHeader("Treatment")
                .setSortProperty(ConcernColumn.TREATMENT_STATUS.path())
                .setWidth("6.5rem").setFlexGrow(0);
        addColumn(ConcernRow::owner).setHeader("Owner").setSortProperty(ConcernColumn.OWNER.path())
                .setWidth("6rem").setFlexGrow(0).setTooltipGenerator(ConcernRow::owner);
        addColumn(LitRenderer.<ConcernRow>of("<span class=${item.classes}>${item.date}</span>")
                        .withProperty("classes", row -> row.reviewOverdue(LocalDate.now(clock)) ? "overdue" : "")
                        .withProperty("date", row -> row.nextReview().toString()))
                .setHeader("Next review").setSortProperty(ConcernColumn.NEXT_REVIEW.path()).setWidth("7rem")
                .setFlexGrow(0);
        addColumn(StateBadge.renderer(ConcernRow::state))
                .setHeader("State").setSortProperty(ConcernColumn.STATE.path()).setWidth("6rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setMultiSort(true);
    }
}
