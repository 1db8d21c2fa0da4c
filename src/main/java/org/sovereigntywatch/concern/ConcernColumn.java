package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The concern register's columns, in the order of its CSV (users' scripts read them by position as well as by name):
 * each named in the CSV as the constant in lower case, with its value, and, when the database stores it, the JPQL
 * path from the concern that holds it. That path fills the {@link ConcernRow} component of the same name (the row
 * query is written from this list), and it is the property the register's grid, and the export after it, sort the
 * column by.
 * <p>
 * The CSV writes every column ({@code ConcernExport}); the grid shows some of them, in its own words.
 */
public enum ConcernColumn {
    ID("id", ConcernRow::id),
    TITLE("title", ConcernRow::title),
    PLATFORM("platform.name", ConcernRow::platform),
    AFFECTED_JURISDICTION("affectedJurisdiction.code", ConcernRow::affectedJurisdiction),
    ACCESSING_JURISDICTION("accessingJurisdiction.code", ConcernRow::accessingJurisdiction),
    CATEGORY("category", ConcernRow::category),
    DESCRIPTION("description", ConcernRow::description),
    PLATFORM_CLAIM("platformClaim", ConcernRow::platformClaim),
    CLAIM_STATUS("claimStatus", ConcernRow::claimStatus),
    LIKELIHOOD("likelihood", ConcernRow::likelihood),
    IMPACT("impact", ConcernRow::impact),
    SCORE("score", ConcernRow::score),
    /** Worked out from the score ({@link RiskLevel#of}): sorted by {@link #SCORE}. */
    LEVEL(null, ConcernRow::level),
    CONFIDENCE("confidence", ConcernRow::confidence),
    TREATMENT_STATUS("treatmentStatus", ConcernRow::treatmentStatus),
    OWNER("owner.displayName", ConcernRow::owner),
    NEXT_REVIEW("nextReview", ConcernRow::nextReview),
    /** Worked out on the day of the export ({@link ConcernRules#isReviewOverdue}). */
    REVIEW_OVERDUE(null, (row, today, sources) -> row.reviewOverdue(today)),
    STATE("state", ConcernRow::state),
    /** The addresses of the concern's sources, looked up for each chunk of rows ({@code ConcernExport}). */
    SOURCES(null, (row, today, sources) -> sources),
    CREATED_BY("createdBy", ConcernRow::createdBy),
    CREATED_AT("createdAt", ConcernRow::createdAt),
    MODIFIED_BY("modifiedBy", ConcernRow::modifiedBy),
    MODIFIED_AT("modifiedAt", ConcernRow::modifiedAt);

    /** A cell's value for a concern, given the day of the export and the concern's sources. */
    @FunctionalInterface
    interface Value {
        @Nullable Object of(ConcernRow row, LocalDate today, List<String> sources);
    }

    private final @Nullable String path;
    private final Value value;

    ConcernColumn(@Nullable String path, Function<ConcernRow, ?> value) {
        this(path, (row, today, sources) -> value.apply(row));
    }

    ConcernColumn(@Nullable String path, Value value) {
        this.path = path;
        this.value = value;
    }

    /** The column's name in the CSV: {@code affected_jurisdiction}. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The JPQL path from the concern that holds the column ({@code platform.name}): what the grid sorts it by.
     *
     * @throws IllegalStateException for a column worked out rather than stored
     */
    public String path() {
        if (path == null) {
            throw new IllegalStateException(name() + " is not stored: sort by what it is worked out from");
        }
        return path;
    }

    /** The column's cell for a concern, as the CSV writes it. */
    @Nullable Object value(ConcernRow row, LocalDate today, List<String> sources) {
        return value.of(row, today, sources);
    }

    /**
     * The column a {@link ConcernRow} component fills, by its name ({@code affectedJurisdiction} fills
     * {@link #AFFECTED_JURISDICTION}).
     *
     * @throws IllegalArgumentException if there is none: every field of the row is a column of the CSV
     */
    static ConcernColumn ofComponent(String component) {
        return valueOf(component.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
    }
}
