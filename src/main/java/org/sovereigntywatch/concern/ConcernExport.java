package org.sovereigntywatch.concern;

import org.sovereigntywatch.base.CsvTable;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The concern register as CSV, one row per concern, columns as listed in the README. Rows stream from the database;
 * their sources are looked up a chunk of rows at a time, so memory stays flat whatever the register's size.
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

    /** The columns; whether a review is overdue is judged on {@code today}. */
    static CsvTable<Line> table(LocalDate today) {
        return new CsvTable<Line>()
                .column("id", line -> line.concern().id())
                .column("title", line -> line.concern().title())
                .column("platform", line -> line.concern().platform())
                .column("affected_jurisdiction", line -> line.concern().affectedJurisdiction())
                .column("accessing_jurisdiction", line -> line.concern().accessingJurisdiction())
                .column("category", line -> line.concern().category())
                .column("description", line -> line.concern().description())
                .column("platform_claim", line -> line.concern().platformClaim())
                .column("claim_status", line -> line.concern().claimStatus())
                .column("likelihood", line -> line.concern().likelihood())
                .column("impact", line -> line.concern().impact())
                .column("score", line -> line.concern().score())
                .column("level", line -> line.concern().level())
                .column("confidence", line -> line.concern().confidence())
                .column("treatment_status", line -> line.concern().treatmentStatus())
                .column("owner", line -> line.concern().owner())
                .column("next_review", line -> line.concern().nextReview())
                .column("review_overdue", line -> line.concern().reviewOverdue(today))
                .column("state", line -> line.concern().state())
                .column("sources", Line::sources)
                .column("created_by", line -> line.concern().createdBy())
                .column("created_at", line -> line.concern().createdAt())
                .column("modified_by", line -> line.concern().modifiedBy())
                .column("modified_at", line -> line.concern().modifiedAt());
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
