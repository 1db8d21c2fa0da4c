package org.sovereigntywatch.concern;

import org.sovereigntywatch.base.CsvTable;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** A concern with the addresses of its sources. */
    record Line(ConcernRow concern, List<String> sources) {
    }

    /** The columns, as {@link ConcernColumn} lists them; whether a review is overdue is judged on {@code today}. */
    static CsvTable<Line> table(LocalDate today) {
        CsvTable<Line> table = new CsvTable<>();
        for (ConcernColumn column : ConcernColumn.values()) {
            table.column(column.csvName(), value(column, today));
        }
        return table;
    }

    /** What a column holds: picked once per column, not per cell; a column added to the list must be added here. */
    private static Function<Line, ?> value(ConcernColumn column, LocalDate today) {
        return switch (column) {
            case ID -> line -> line.concern().id();
            case TITLE -> line -> line.concern().title();
            case PLATFORM -> line -> line.concern().platform();
            case AFFECTED_JURISDICTION -> line -> line.concern().affectedJurisdiction();
            case ACCESSING_JURISDICTION -> line -> line.concern().accessingJurisdiction();
            case CATEGORY -> line -> line.concern().category();
            case DESCRIPTION -> line -> line.concern().description();
            case PLATFORM_CLAIM -> line -> line.concern().platformClaim();
            case CLAIM_STATUS -> line -> line.concern().claimStatus();
            case LIKELIHOOD -> line -> line.concern().likelihood();
            case IMPACT -> line -> line.concern().impact();
            case SCORE -> line -> line.concern().score();
            case LEVEL -> line -> line.concern().level();
            case CONFIDENCE -> line -> line.concern().confidence();
            case TREATMENT_STATUS -> line -> line.concern().treatmentStatus();
            case OWNER -> line -> line.concern().owner();
            case NEXT_REVIEW -> line -> line.concern().nextReview();
            case REVIEW_OVERDUE -> line -> line.concern().reviewOverdue(today);
            case STATE -> line -> line.concern().state();
            case SOURCES -> Line::sources;
            case CREATED_BY -> line -> line.concern().createdBy();
            case CREATED_AT -> line -> line.concern().createdAt();
            case MODIFIED_BY -> line -> line.concern().modifiedBy();
            case MODIFIED_AT -> line -> line.concern().modifiedAt();
        };
    }

    long write(Stream<ConcernRow> rows, LocalDate today, OutputStream out) throws IOException {
        return table(today).write(rows, CHUNK, this::withSources, out);
    }

    private List<Line> withSources(List<ConcernRow> chunk) {
        List<Long> ids = chunk.stream().map(ConcernRow::id).toList();
        Map<Long, List<String>> sources = CsvTable.valuesById(CsvTable.isNarrowRange(ids)
                ? concerns.sourceUrlsBetween(ids.getFirst(), ids.getLast())
                : concerns.sourceUrls(ids));
        return chunk.stream().map(row -> new Line(row, sources.getOrDefault(row.id(), List.of()))).toList();
    }
}
