package org.sovereigntywatch.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.WorkflowException;

import java.util.Set;

/**
 * An audited aggregate that goes through the publication workflow ({@link PublicationState}). Features that publish
 * (concerns, policy measures) extend this; the state only changes through {@link #moveTo}, which refuses moves the
 * workflow does not allow.
 */
@FeatureApi
@MappedSuperclass
@Audited
public abstract class Publishable extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationState state = PublicationState.DRAFT;

    public PublicationState getState() {
        return state;
    }

    /** What the item is called on its page, in messages and in links to it. */
    public abstract String getTitle();

    /**
     * The code of the jurisdiction that decides who may edit the item ({@link EditorialPolicy}), as this object holds
     * it: services decide on the stored row's ({@link ItemScope}).
     */
    public abstract String scope();

    /** What the item is about: the jurisdictions and platforms its watchers follow. */
    public abstract ItemSubjects subjects();

    /**
     * The usernames of who answers for the item and hears of its moves: who recorded it, and, in kinds that have one,
     * its owner.
     */
    public Set<String> responsible() {
        String author = getCreatedBy();
        return author == null ? Set.of() : Set.of(author);
    }

    /**
     * Moves this item to {@code target}.
     *
     * @throws WorkflowException if the workflow does not allow that move from the current state
     */
    public void moveTo(PublicationState target) {
        if (!state.canMoveTo(target)) {
            throw new WorkflowException(PublicationState.MOVE_NOT_ALLOWED, state, target);
        }
        state = target;
    }
}
