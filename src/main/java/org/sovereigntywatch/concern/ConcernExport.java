package org.sovereigntywatch.concern;

import org.sovereigntywatch.base.CsvTable;
import org.sovereigntywatch.source.SourceCell;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
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

    ConcernExport(ConcernRepository concerns) {
        this.concerns = concerns;
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

    long write(Stream<ConcernRow> rows, LocalDate today, OutputStream out) throws IOException {
        return table(today).write(rows, CHUNK, this::withSources, out);
    }

    private List<Line> withSources(List<ConcernRow> chunk) {
        List<Long> ids = chunk.stream().map(ConcernRow::id).toList();
        Map<Long, List<String>> sources = SourceCell.textsById(CsvTable.isNarrowRange(ids)
                ? concerns.sourcesBetween(ids.getFirst(), ids.getLast())
                : concerns.sources(ids));
        return chunk.stream().map(row -> new Line(row, sources.getOrDefault(row.id(), List.of()))).toList();
    }
}
