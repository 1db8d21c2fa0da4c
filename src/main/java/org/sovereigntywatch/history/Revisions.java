package org.sovereigntywatch.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.sovereigntywatch.base.FeatureApi;
import org.springframework.stereotype.Component;

/**
 * The revision the current transaction records its changes under, for what must name it: a workflow move (so that a
 * publication names exactly what was published) and a restore (which says which revision it put back).
 */
@FeatureApi
@Component
public class Revisions {

    @PersistenceContext
    private EntityManager entityManager;

    /** The current transaction's revision, created now if nothing audited has changed yet. */
    public long current() {
        return currentRevision().getId();
    }

    /** Marks the current transaction's revision as putting back the values of {@code revision}. */
    public void markAsRestoreOf(long revision) {
        currentRevision().setRestoredFrom(revision);
    }

    private Revision currentRevision() {
        return AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
    }
}
