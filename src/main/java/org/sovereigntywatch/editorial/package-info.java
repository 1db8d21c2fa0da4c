/**
 * The review-and-publish workflow every publishable kind (concerns, policy measures) goes through: the states and the
 * moves between them ({@link org.sovereigntywatch.editorial.PublicationState}), the contract a publishable entity
 * keeps ({@link org.sovereigntywatch.editorial.Publishable}), who may see, edit, move and comment
 * ({@link org.sovereigntywatch.editorial.EditorialPolicy}, and {@link org.sovereigntywatch.editorial.Visibility} for
 * queries), the one review log of moves and comments ({@link org.sovereigntywatch.editorial.ReviewLog}), the workflow
 * every publishing service extends ({@link org.sovereigntywatch.editorial.PublishableService}), and the parts every
 * register of publishable items is filtered by ({@link org.sovereigntywatch.editorial.CommonFilter}).
 */
@NullMarked
package org.sovereigntywatch.editorial;

import org.jspecify.annotations.NullMarked;
