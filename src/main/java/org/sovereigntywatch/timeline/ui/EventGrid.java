package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.timeline.EventRow;
import org.sovereigntywatch.timeline.EventStatus;

import java.util.List;
import java.util.stream.Stream;

/**
 * The timeline's events as rows, in date order until the user sorts otherwise; those who may see unpublished measures
 * see each measure's state. Columns are wide enough for their longest value in English or French ("30 September 2025",
 * "US-MT", « Événement de marché »), whatever rows come first. The view gives it its rows.
 */
class EventGrid extends Grid<EventRow> {

    EventGrid(boolean seesUnpublished) {
        super(EventRow.class, false);
        // In date order as PolicyDate has it: the wider period first at equal starts (see EventService.BY_DATE).
        Column<EventRow> date = addColumn(row -> Translations.local(row.date()))
                .setHeader(getTranslation("common.date"))
                .setSortOrderProvider(direction -> Stream.of(new QuerySortOrder("periodStart", direction),
                        new QuerySortOrder("precision", direction.getOpposite())))
                .setWidth("12rem").setFlexGrow(0).setResizable(true);
        addColumn(ActionBadge.renderer()).setHeader(getTranslation("event.action")).setSortProperty("action")
                .setWidth("12.5rem").setFlexGrow(0).setResizable(true);
        addColumn(row -> Translations.label(row.status())).setHeader(getTranslation("common.status"))
                .setSortProperty("expected", "cancelled").setWidth("10.5rem").setFlexGrow(0).setResizable(true);
        addColumn(EventRow::jurisdiction).setHeader(getTranslation("event.where"))
                .setSortProperty("measure.jurisdiction.code").setWidth("7rem").setFlexGrow(0).setResizable(true);
        addColumn(EventRow::measureTitle).setHeader(getTranslation("event.measure")).setSortProperty("measure.title")
                .setFlexGrow(2).setTooltipGenerator(EventRow::measureTitle).setResizable(true);
        addColumn(EventRow::summary).setHeader(getTranslation("common.summary")).setFlexGrow(3)
                .setTooltipGenerator(EventRow::summary);
        addColumn(StateBadge.renderer(EventRow::measureState)).setHeader(getTranslation("common.state"))
                .setSortProperty("measure.state").setWidth("9rem").setFlexGrow(0).setVisible(seesUnpublished);
        // Struck through: did not happen; shaded: an unpublished measure's step (styles.css).
        setPartNameGenerator(EventGrid::rowStyle);
        setMultiSort(true);
        // In date order until the user sorts otherwise, and so is the download, which takes the grid's sort.
        sort(List.of(new GridSortOrder<>(date, SortDirection.ASCENDING)));
        setEmptyStateText(getTranslation("event.grid.empty"));
    }

    static @Nullable String rowStyle(EventRow row) {
        String style = (row.status() == EventStatus.CANCELLED ? "cancelled " : "")
                + (row.unpublished() ? "unpublished" : "");
        return style.isBlank() ? null : style.strip();
    }
}
