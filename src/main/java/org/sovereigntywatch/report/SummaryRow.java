package org.sovereigntywatch.report;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.CsvTable;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.PolicyDate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a jurisdiction or platform summary: its measures by current status (grouped by the family of the action,
 * plus those with no event yet), its open concerns by level, and the date of its latest event.
 */
public final class SummaryRow {

    private final String key;
    private final Map<EventAction.Family, Long> measuresByStatus = new EnumMap<>(EventAction.Family.class);
    private long measuresWithoutEvent;
    private final Map<RiskLevel, Long> openConcernsByLevel = new EnumMap<>(RiskLevel.class);
    private @Nullable PolicyDate latestEvent;

    SummaryRow(String key) {
        this.key = key;
        Arrays.stream(EventAction.Family.values()).forEach(family -> measuresByStatus.put(family, 0L));
        Arrays.stream(RiskLevel.values()).forEach(level -> openConcernsByLevel.put(level, 0L));
    }

    void addMeasures(@Nullable EventAction status, long count) {
        if (status == null) {
            measuresWithoutEvent += count;
        } else {
            measuresByStatus.merge(status.family(), count, Long::sum);
        }
    }

    void addOpenConcerns(RiskLevel level, long count) {
        openConcernsByLevel.merge(level, count, Long::sum);
    }

    void setLatestEvent(PolicyDate date) {
        latestEvent = date;
    }

    public String key() {
        return key;
    }

    public long measures() {
        return measuresWithoutEvent + measuresByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long measures(EventAction.Family status) {
        return measuresByStatus.get(status);
    }

    public long measuresWithoutEvent() {
        return measuresWithoutEvent;
    }

    public long openConcerns() {
        return openConcernsByLevel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long openConcerns(RiskLevel level) {
        return openConcernsByLevel.get(level);
    }

    /** The date of the latest event that happened, as precise as it is known. */
    public @Nullable PolicyDate latestEvent() {
        return latestEvent;
    }

    /** The summary's columns; the first is named after what a row stands for ("jurisdiction", "platform"). */
    static CsvTable<SummaryRow> table(String keyColumn) {
        CsvTable<SummaryRow> table = new CsvTable<SummaryRow>()
                .column(keyColumn, SummaryRow::key)
                .column("measures", SummaryRow::measures)
                .column("measures_no_event_yet", SummaryRow::measuresWithoutEvent);
        for (EventAction.Family status : EventAction.Family.values()) {
            table.column("measures_" + status.name().toLowerCase(), row -> row.measures(status));
        }
        table.column("open_concerns", SummaryRow::openConcerns);
        for (RiskLevel level : RiskLevel.values()) {
            table.column("open_concerns_" + level.name().toLowerCase(), row -> row.openConcerns(level));
        }
        // As the events CSV's date column: 2025-01-17, 2021-01 or 2021.
        return table.column("latest_event_date", row -> row.latestEvent() == null ? null : row.latestEvent().iso());
    }
}
