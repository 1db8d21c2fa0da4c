package org.sovereigntywatch.editorial;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern or a policy measure stands in the review workflow. Only published items are visible to viewers;
 * archived items are read-only.
 * <p>
 * The allowed moves are fixed here, once, for every feature that publishes; who may make each move is a matter of
 * role and jurisdiction scope and is checked by the feature's service.
 */
public enum PublicationState {
    /** Being written by an analyst; editable by its analysts. */
    DRAFT,
    /** Submitted, waiting for a reviewer to publish it or return it to draft. */
    IN_REVIEW,
    /** Visible to everyone; only reviewers and admins may still edit it. */
    PUBLISHED,
    /** Kept for the record; read-only. */
    ARCHIVED;

    /**
     * The text of a move the workflow does not allow; its arguments are the state and the target, shown by their
     * labels ("Draft", "Published").
     */
    public static final String MOVE_NOT_ALLOWED = "editorial.workflow.move-not-allowed";

    /** The states this one may move to. */
    public Set<PublicationState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(PUBLISHED, DRAFT, ARCHIVED);
            case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(PublicationState.class);
        };
    }

    public boolean canMoveTo(PublicationState target) {
        return next().contains(target);
    }

    /** Whether items in this state may be edited at all (by anyone). */
    public boolean isEditable() {
        return this != ARCHIVED;
    }
}
