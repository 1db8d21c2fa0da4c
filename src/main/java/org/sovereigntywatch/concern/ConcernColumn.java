package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * The concern register's columns, in the order of its CSV (users' scripts read them by position as well as by name):
 * each named in the CSV as the constant in lower case, and, when the database stores it, with the JPQL path from the
 * concern that holds it. That path fills the {@link ConcernRow} component of the same name (the row query is written
 * from this list), and it is the property the register's grid, and the export after it, sort the column by.
 * <p>
 * The CSV writes every column ({@code ConcernExport}, whose switch the compiler holds to this list); the grid shows
 * some of them, in its own words.
 */
public enum ConcernColumn {
    ID("id"),
    TITLE("title"),
    PLATFORM("platform.name"),
    AFFECTED_JURISDICTION("affectedJurisdiction.code"),
    ACCESSING_JURISDICTION("accessingJurisdiction.code"),
    CATEGORY("category"),
    DESCRIPTION("description"),
    PLATFORM_CLAIM("platformClaim"),
    CLAIM_STATUS("claimStatus"),
    LIKELIHOOD("likelihood"),
    IMPACT("impact"),
    SCORE("score"),
    /** Worked out from the score ({@link RiskLevel#of}): sorted by {@link #SCORE}. */
    LEVEL(null),
    CONFIDENCE("confidence"),
    TREATMENT_STATUS("treatmentStatus"),
    OWNER("owner.displayName"),
    NEXT_REVIEW("nextReview"),
    /** Worked out on the day of the export ({@link ConcernRules#isReviewOverdue}). */
    REVIEW_OVERDUE(null),
    STATE("state"),
    /** The addresses of the concern's sources, looked up for each chunk of rows ({@code ConcernExport}). */
    SOURCES(null),
    CREATED_BY("createdBy"),
    CREATED_AT("createdAt"),
    MODIFIED_BY("modifiedBy"),
    MODIFIED_AT("modifiedAt");

    private final @Nullable String path;

    ConcernColumn(@Nullable String path) {
        this.path = path;
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
