package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.concern.ClaimStatus;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.Confidence;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.concern.TreatmentStatus;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A concern as the API gives it: the register's columns with stable names and coded values, jurisdictions by code.
 * Its own record rather than the register's row, so that the API's contract changes only when this file does.
 */
@Schema(name = "Concern", description = "A data-sovereignty concern: whose law can reach whose users' data, through "
        + "which platform, what the platform claims and how far that is verified, how likely and how harmful.")
public record ConcernJson(
        @Schema(description = "The concern's id, stable for its lifetime.") long id,
        @Schema(description = "The concern in one line.") String title,
        @Schema(description = "The platform through which the data is reachable, by name.") String platform,
        @Schema(description = "Code of the jurisdiction whose users' data is at stake (ISO 3166: `US`, `US-MT`).")
        String affectedJurisdiction,
        @Schema(description = "Code of the jurisdiction whose law could reach the data.") String accessingJurisdiction,
        @Schema(description = "The kind of concern.") ConcernCategory category,
        @Schema(description = "The concern in full.", nullable = true) @Nullable String description,
        @Schema(description = "What the platform says about it.", nullable = true) @Nullable String platformClaim,
        @Schema(description = "How far the platform's claim is verified.") ClaimStatus claimStatus,
        @Schema(description = "How likely, 1 (rare) to 5 (almost certain).", minimum = "1", maximum = "5")
        int likelihood,
        @Schema(description = "How harmful, 1 (minor) to 5 (severe).", minimum = "1", maximum = "5") int impact,
        @Schema(description = "likelihood × impact, 1 to 25.", minimum = "1", maximum = "25") int score,
        @Schema(description = "The level of the score: LOW up to 4, MEDIUM up to 9, HIGH up to 16, CRITICAL above.")
        RiskLevel level,
        @Schema(description = "How sure the analysts are of the assessment.") Confidence confidence,
        @Schema(description = "Where the follow-up stands; OPEN and MONITORING count as open.")
        TreatmentStatus treatmentStatus,
        @Schema(description = "Who follows the concern up, by display name.") String owner,
        @Schema(description = "The day of the next review.") LocalDate nextReview,
        @Schema(description = "Whether the next review is past while the concern is still open.") boolean reviewOverdue,
        @Schema(description = "Where the concern stands in review: viewers' tokens see PUBLISHED only.")
        PublicationState state,
        @Schema(description = "When the concern was recorded (UTC).", nullable = true) @Nullable Instant createdAt,
        @Schema(description = "When it last changed (UTC): what `changedSince` and the default sort read.",
                nullable = true)
        @Nullable Instant modifiedAt) {

    static ConcernJson of(ConcernRow row, LocalDate today) {
        return new ConcernJson(row.id(), row.title(), row.platform(), row.affectedJurisdiction(),
                row.accessingJurisdiction(), row.category(), row.description(), row.platformClaim(),
                row.claimStatus(), row.likelihood(), row.impact(), row.score(), row.level(), row.confidence(),
                row.treatmentStatus(), row.owner(), row.nextReview(), row.reviewOverdue(today), row.state(),
                row.createdAt(), row.modifiedAt());
    }
}
