/**
 * The review-and-publish workflow every publishable kind (concerns, policy measures) goes through: the states and the
 * moves between them ({@link org.sovereigntywatch.editorial.PublicationState}), the contract a publishable entity
 * keeps ({@link org.sovereigntywatch.editorial.Publishable}), who may see, edit, move and comment
 * ({@link org.sovereigntywatch.editorial.EditorialPolicy}), and the review log of moves and comments.
 */
@NullMarked
package org.sovereigntywatch.editorial;

import org.jspecify.annotations.NullMarked;

