package org.sovereigntywatch.timeline;

import org.sovereigntywatch.editorial.ItemSubjects;

import java.time.LocalDate;

/**
 * An expected event of a published measure (a deadline, an entry into force) falls within a week: found by
 * {@link ExpectedEventReminders} at each of its runs, so listeners make sure they tell watchers once per day.
 */
public record EventComingUp(long eventId, long measureId, LocalDate day, ItemSubjects subjects) {
}
