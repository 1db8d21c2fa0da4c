package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.CsvTable;
import org.sovereigntywatch.history.Revisions;
import org.sovereigntywatch.source.SourceCell;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The concern register as CSV, one row per concern, in the columns {@link ConcernColumn} lists (as does the README).
 * Rows stream from the database; their sources are looked up a chunk of rows at a time, so memory stays flat whatever
 * the register's size.
 */
@Component
class ConcernExport {

    private static final int CHUNK = 500;

    private final ConcernRepository concerns;
    private final Revisions revisions;

    ConcernExport(ConcernRepository concerns, Revisions revisions) {
        this.concerns = concerns;
        this.revisions = revisions;
    }

    /** A concern with its sources as cells: each one's address, or its citation without one ({@link SourceCell}). */
    record Line(ConcernRow concern, List<String> sources) {
    }

    /** The columns, as {@link ConcernColumn} lists them; whether a review is overdue is judged on {@code today}. */
    static CsvTable<Line> table(LocalDate today) {
        CsvTable<Line> table = new CsvTable<>();
        for (ConcernColumn column : ConcernColumn.values()) {
            table.column(column.csvName(), line -> column.value(line.concern(), today, line.sources()));
        }
        return table;
    }

    /**
     * Writes the rows with their sources: those cited now, or, for a register read as of a past moment, those cited
     * then, as they read then.
     */
    long write(Stream<ConcernRow> rows, LocalDate today, @Nullable Instant asOf, OutputStream out) throws IOException {
        Long revision = asOf == null ? null : revisions.at(asOf);
        return table(today).write(rows, CHUNK, chunk -> withSources(chunk, revision), out);
    }

    private List<Line> withSources(List<ConcernRow> chunk, @Nullable Long revision) {
        List<Long> ids = chunk.stream().map(ConcernRow::id).toList();
        Map<Long, List<String>> sources = SourceCell.textsById(revision != null ? concerns.sourcesAt(ids, revision)
                : CsvTable.isNarrowRange(ids) ? concerns.sourcesBetween(ids.getFirst(), ids.getLast())
                : concerns.sources(ids));
        return chunk.stream().map(row -> new Line(row, sources.getOrDefault(row.id(), List.of()))).toList();
    }
}
