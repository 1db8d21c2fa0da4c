package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.Instant;
import java.util.List;

/** The concerns' filters as query parameters: the register's. */
record ConcernParameters(
        @Parameter(description = "Words to find in the title, description or platform claim, ignoring case.")
        @Nullable String q,
        @Parameter(description = "Jurisdiction codes, repeated or comma-separated: concerns with either side in one "
                + "of them (whose users, or whose law).")
        @Nullable List<String> jurisdiction,
        @Parameter(description = "Platforms, by id or name, repeated or comma-separated.") @Nullable List<String> platform,
        @Parameter(description = "Publication states, repeated or comma-separated.") @Nullable List<PublicationState> state,
        @Parameter(description = "Only concerns of this category.") @Nullable ConcernCategory category,
        @Parameter(description = "Only concerns of this level.") @Nullable RiskLevel level,
        @Parameter(description = "Only open concerns (treatment OPEN or MONITORING).") @Nullable Boolean openOnly,
        @Parameter(description = "Only open concerns whose next review is past.") @Nullable Boolean overdueOnly,
        @Parameter(description = "Only concerns that changed at or after this instant (ISO 8601, UTC: "
                + "`2026-12-01T00:00:00Z`): a nightly sync sends when its last run started.")
        @Nullable Instant changedSince) {

    ConcernFilter filter(CommonParameters common) {
        return ConcernFilter.ALL.withCommon(common.filter(q, jurisdiction, platform, state))
                .withCategory(category).withLevel(level).withOpenOnly(Boolean.TRUE.equals(openOnly))
                .withOverdueOnly(Boolean.TRUE.equals(overdueOnly)).withChangedSince(changedSince);
    }
}
