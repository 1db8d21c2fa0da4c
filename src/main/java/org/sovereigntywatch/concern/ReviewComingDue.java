package org.sovereigntywatch.concern;

import java.time.LocalDate;

/**
 * A concern's review is due within a week, or its date has passed ({@code overdue}): found by {@link ReviewReminders}
 * at each of its runs, so listeners make sure they tell the owner once per date.
 */
public record ReviewComingDue(long concernId, long ownerId, LocalDate nextReview, boolean overdue) {
}
