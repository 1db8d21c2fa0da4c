package org.sovereigntywatch.timeline;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.CsvTable;
import org.sovereigntywatch.history.Revisions;
import org.sovereigntywatch.source.SourceCell;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Policy events as CSV, one row per event, columns as listed in the README. Rows stream from the database; the
 * platforms of their measures and their sources are looked up a chunk of rows at a time.
 */
@Component
class EventExport {

    /** Rows per lookup of sources and platforms: 200 lookups for a million rows, a few MB held at a time. */
    private static final int CHUNK = 5000;

    private final PolicyEventRepository events;
    private final Revisions revisions;

    EventExport(PolicyEventRepository events, Revisions revisions) {
        this.events = events;
        this.revisions = revisions;
    }

    /** An event with its measure's platforms and its sources' addresses. */
    record Line(EventRow event, List<String> platforms, List<String> sources) {
    }

    static CsvTable<Line> table() {
        return new CsvTable<Line>()
                .column("event_id", line -> line.event().id())
                .column("date", line -> line.event().date().iso())
                .column("date_precision", line -> line.event().precision())
                .column("period_start", line -> line.event().date().start())
                .column("period_end", line -> line.event().date().end())
                .column("status", line -> line.event().status())
                .column("action", line -> line.event().action())
                .column("summary", line -> line.event().summary())
                .column("measure_id", line -> line.event().measureId())
                .column("measure_title", line -> line.event().measureTitle())
                .column("jurisdiction", line -> line.event().jurisdiction())
                .column("platforms", Line::platforms)
                .column("policy_area", line -> line.event().policyArea())
                .column("instrument", line -> line.event().instrument())
                .column("binding", line -> line.event().binding())
                .column("measure_state", line -> line.event().measureState())
                .column("sources", Line::sources);
    }

    /**
     * Writes the rows with their measures' platforms and their sources: those now, or, for events read as of a past
     * moment, those then, as they read then.
     */
    long write(Stream<EventRow> rows, @Nullable Instant asOf, OutputStream out) throws IOException {
        Long revision = asOf == null ? null : revisions.at(asOf);
        return table().write(rows, CHUNK, chunk -> withPlatformsAndSources(chunk, revision), out);
    }

    private List<Line> withPlatformsAndSources(List<EventRow> chunk, @Nullable Long revision) {
        Map<Long, List<String>> platforms = platformsOf(chunk, revision);
        List<Long> eventIds = ids(chunk, EventRow::id);
        Map<Long, List<String>> sources = SourceCell.textsById(revision != null ? events.sourcesAt(eventIds, revision)
                : CsvTable.isNarrowRange(eventIds) ? events.sourcesBetween(eventIds.getFirst(), eventIds.getLast())
                : events.sources(eventIds));
        return chunk.stream().map(row -> new Line(row, platforms.getOrDefault(row.measureId(), List.of()),
                sources.getOrDefault(row.id(), List.of()))).toList();
    }

    /** The platform names of the rows' measures, by measure id: now, or at a past moment. */
    Map<Long, List<String>> platformsOf(List<EventRow> rows, @Nullable Instant asOf) {
        return platformsOf(rows, asOf == null ? null : revisions.at(asOf));
    }

    private Map<Long, List<String>> platformsOf(List<EventRow> rows, @Nullable Long revision) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> measureIds = ids(rows, EventRow::measureId);
        if (revision != null) {
            return CsvTable.valuesById(events.platformNamesAt(measureIds, revision));
        }
        return CsvTable.valuesById(CsvTable.isNarrowRange(measureIds)
                ? events.platformNamesBetween(measureIds.getFirst(), measureIds.getLast())
                : events.platformNames(measureIds));
    }

    private static List<Long> ids(List<EventRow> rows, Function<EventRow, Long> id) {
        return rows.stream().map(id).distinct().toList();
    }
}
