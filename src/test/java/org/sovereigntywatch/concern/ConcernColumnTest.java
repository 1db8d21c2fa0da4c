package org.sovereigntywatch.concern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.editorial.PublicationState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ConcernColumnTest {

    @Test
    void the_row_query_selects_each_field_of_the_row_from_its_column_in_the_rows_order() {
        // Written out by hand, so that a column given the wrong path, or a field that moved in the record, shows here.
        assertThat(ConcernQueriesImpl.ROW).isEqualTo("select new " + ConcernRow.class.getName() + "(c.id, c.title, "
                + "c.platform.name, c.affectedJurisdiction.code, c.accessingJurisdiction.code, c.category, "
                + "c.description, c.platformClaim, c.claimStatus, c.likelihood, c.impact, c.score, c.confidence, "
                + "c.treatmentStatus, c.owner.displayName, c.nextReview, c.state, c.createdBy, c.createdAt, "
                + "c.modifiedBy, c.modifiedAt)");
    }

    @Test
    void a_column_worked_out_rather_than_stored_has_no_path_to_sort_by() {
        for (ConcernColumn column : new ConcernColumn[] {ConcernColumn.LEVEL, ConcernColumn.REVIEW_OVERDUE,
                ConcernColumn.SOURCES}) {
            assertThatThrownBy(column::path).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Users' scripts read the columns by these names, in this order: a change here is one for them and the README. */
    @Test
    void each_csv_column_holds_its_own_value() throws IOException {
        ConcernRow row = new ConcernRow(7, "Title", "TikTok", "US", "CN", ConcernCategory.STATE_ACCESS, "Description",
                "Claim", ClaimStatus.DISPUTED, 3, 4, 12, Confidence.LOW, TreatmentStatus.MONITORING, "An analyst",
                LocalDate.of(2026, 1, 1), PublicationState.IN_REVIEW, "analyst", Instant.parse("2026-01-02T03:04:05Z"),
                "reviewer", Instant.parse("2026-01-03T04:05:06Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = ConcernExport.table(LocalDate.of(2026, 1, 2)).open(out)) {
            writer.write(new ConcernExport.Line(row, List.of("Reuters — TikTok ban", "https://b.example")));
        }
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .ofCsvRecord(out.toString(StandardCharsets.UTF_8).substring(1))) {
            records = reader.stream().toList();
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < records.get(0).getFieldCount(); i++) {
            cells.put(records.get(0).getField(i), records.get(1).getField(i));
        }
        assertThat(cells).containsExactly(entry("id", "7"), entry("title", "Title"), entry("platform", "TikTok"),
                entry("affected_jurisdiction", "US"), entry("accessing_jurisdiction", "CN"),
                entry("category", "STATE_ACCESS"), entry("description", "Description"), entry("platform_claim", "Claim"),
                entry("claim_status", "DISPUTED"), entry("likelihood", "3"), entry("impact", "4"), entry("score", "12"),
                entry("level", "HIGH"), entry("confidence", "LOW"), entry("treatment_status", "MONITORING"),
                entry("owner", "An analyst"), entry("next_review", "2026-01-01"), entry("review_overdue", "true"),
                entry("state", "IN_REVIEW"), entry("sources", "Reuters — TikTok ban|https://b.example"),
                entry("created_by", "analyst"), entry("created_at", "2026-01-02T03:04:05Z"),
                entry("modified_by", "reviewer"), entry("modified_at", "2026-01-03T04:05:06Z"));
    }
}
