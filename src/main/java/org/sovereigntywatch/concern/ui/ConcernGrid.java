package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ConcernColumn;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.editorial.ui.StateBadge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The register's concerns as rows, each column sorted in SQL by the path {@link ConcernColumn} gives it; a review
 * date that has passed shows red. The view gives it its rows.
 */
class ConcernGrid extends Grid<ConcernRow> {

    ConcernGrid(Clock clock) {
        super(ConcernRow.class, false);
        DateTimeFormatter dates = shortDates(getLocale());
        // Sized to fit a 1400 px window beside the menu (measured in Chromium: 1,090 px for the grid), long values cut
        // with a tooltip: the title takes what is left and stays put when scrolling sideways on a narrower window, and
        // so does the state at the other end.
        addColumn(ConcernRow::title).setHeader(getTranslation("common.title"))
                .setSortProperty(ConcernColumn.TITLE.path()).setFlexGrow(1).setWidth("7rem").setFrozen(true)
                .setResizable(true).setTooltipGenerator(ConcernRow::title);
        addColumn(ConcernRow::platform).setHeader(getTranslation("common.platform"))
                .setSortProperty(ConcernColumn.PLATFORM.path())
                .setWidth("6.5rem").setFlexGrow(0).setTooltipGenerator(ConcernRow::platform);
        addColumn(row -> row.accessingJurisdiction() + " → " + row.affectedJurisdiction())
                .setHeader(getTranslation("concern.grid.law-users"))
                .setSortProperty(ConcernColumn.AFFECTED_JURISDICTION.path())
                .setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(row -> getTranslation("concern.grid.law-users.tooltip",
                        row.accessingJurisdiction(), row.affectedJurisdiction()));
        addColumn(row -> Translations.label(row.category())).setHeader(getTranslation("concern.field.category"))
                .setSortProperty(ConcernColumn.CATEGORY.path())
                .setWidth("6.5rem").setFlexGrow(0).setTooltipGenerator(row -> Translations.label(row.category()));
        addColumn(LevelBadge.renderer(ConcernRow::level, ConcernRow::score))
                .setHeader(getTranslation("concern.field.level")).setSortProperty(ConcernColumn.SCORE.path())
                .setWidth("7.5rem").setFlexGrow(0);
        addColumn(row -> Translations.label(row.claimStatus())).setHeader(getTranslation("concern.grid.claim"))
                .setSortProperty(ConcernColumn.CLAIM_STATUS.path())
                .setWidth("6rem").setFlexGrow(0);
        addColumn(row -> Translations.label(row.treatmentStatus()))
                .setHeader(getTranslation("concern.field.treatment"))
                .setSortProperty(ConcernColumn.TREATMENT_STATUS.path())
                .setWidth("6.5rem").setFlexGrow(0);
        addColumn(ConcernRow::owner).setHeader(getTranslation("common.owner"))
                .setSortProperty(ConcernColumn.OWNER.path())
                .setWidth("6rem").setFlexGrow(0).setTooltipGenerator(ConcernRow::owner);
        addColumn(LitRenderer.<ConcernRow>of("<span class=${item.classes}>${item.date}</span>")
                        .withProperty("classes", row -> row.reviewOverdue(LocalDate.now(clock)) ? "overdue" : "")
                        .withProperty("date", row -> dates.format(row.nextReview())))
                .setHeader(getTranslation("concern.field.next-review"))
                .setSortProperty(ConcernColumn.NEXT_REVIEW.path()).setWidth("7rem").setFlexGrow(0);
        addColumn(StateBadge.renderer(ConcernRow::state))
                .setHeader(getTranslation("common.state")).setSortProperty(ConcernColumn.STATE.path())
                .setWidth("6rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setMultiSort(true);
    }

    /** The locale's short date with a four-digit year, as its date pickers take it: 17/01/2025, 1/17/2025. */
    static DateTimeFormatter shortDates(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "yyyy");
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
