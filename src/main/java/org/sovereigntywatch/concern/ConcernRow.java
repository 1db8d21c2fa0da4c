package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One concern as the register grid and the CSV show it: plain values read by one SQL query with its joins, so a page
 * or an export of any size never loads entities.
 */
public record ConcernRow(long id, String title, String platform, String affectedJurisdiction,
                         String accessingJurisdiction, ConcernCategory category, @Nullable String description,
                         @Nullable String platformClaim, ClaimStatus claimStatus, int likelihood, int impact, int score,
                         Confidence confidence, TreatmentStatus treatmentStatus, String owner, LocalDate nextReview,
                         PublicationState state, @Nullable String createdBy, @Nullable Instant createdAt,
                         @Nullable String modifiedBy, @Nullable Instant modifiedAt) {

    public RiskLevel level() {
        return RiskLevel.of(score);
    }

    /** See {@link ConcernRules#isReviewOverdue}. */
    public boolean reviewOverdue(LocalDate today) {
        return ConcernRules.isReviewOverdue(nextReview, treatmentStatus, today);
    }
}
