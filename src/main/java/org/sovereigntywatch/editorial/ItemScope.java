package org.sovereigntywatch.editorial;

/**
 * What {@link EditorialPolicy} decides on for a publishable item (a concern, a measure and through it its events): its
 * publication state and the code of the jurisdiction that is its scope, as the database holds them.
 * <p>
 * Services read it from the stored row, by a query of those two columns, never from an object a caller passed in: a
 * copy whose jurisdiction, state or id was changed in memory cannot move a decision about the row the save will write.
 */
public record ItemScope(PublicationState state, String jurisdictionCode) {
}
