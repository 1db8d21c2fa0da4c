package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PublicationState;

/**
 * What the concern register is filtered by; every part is optional. The jurisdiction matches either side of a
 * concern: whose users' data is at stake, or whose law could reach it.
 *
 * @param text             words in the title, description or platform claim, ignoring case
 * @param platformId       the platform's id
 * @param jurisdictionCode a jurisdiction's code, affected or accessing
 * @param overdueOnly      only concerns whose review date has passed and that are not closed
 */
public record ConcernFilter(String text, @Nullable Long platformId, @Nullable String jurisdictionCode,
                            @Nullable ConcernCategory category, @Nullable RiskLevel level,
                            @Nullable PublicationState state, boolean overdueOnly) {

    public static final ConcernFilter ALL = new ConcernFilter("", null, null, null, null, null, false);

    public ConcernFilter {
        text = text.strip().toLowerCase();
        jurisdictionCode = jurisdictionCode == null || jurisdictionCode.isBlank() ? null : jurisdictionCode;
    }

    // What the repository's queries read: no nulls where SQL would need a typed null.

    public String jurisdiction() {
        return jurisdictionCode == null ? "" : jurisdictionCode;
    }

    public int minScore() {
        return level == null ? 0 : level.minScore();
    }

    public int maxScore() {
        return level == null ? Integer.MAX_VALUE : level.maxScore();
    }
}
