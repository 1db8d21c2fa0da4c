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

    /** How the state reads in a sentence: "in review". */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }

    /** Whether items in this state may be edited at all (by anyone). */
    public boolean isEditable() {
        return this != ARCHIVED;
    }
}
