package org.sovereigntywatch.concern;

/**
 * A policy event asked for a concern to be re-assessed ({@link ConcernService#reassess}): its owner is to hear of it.
 * Published in the transaction that recorded the event.
 */
public record ReassessmentAsked(long concernId, long ownerId, long eventId) {
}
