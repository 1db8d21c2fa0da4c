package org.sovereigntywatch.timeline;

import org.sovereigntywatch.editorial.ItemSubjects;

/**
 * A policy event was added to a published measure, or an expected one of it happened: news for those who watch the
 * measure, its jurisdiction or its platforms. (A draft's events become news when the draft is published, as the measure
 * does.) Published in the writing transaction, so what listeners write stands or falls with it.
 *
 * @param subjects the measure's jurisdictions and platforms
 * @param actor    the username of who recorded it
 */
public record EventRecorded(long eventId, long measureId, ItemSubjects subjects, String actor) {
}
