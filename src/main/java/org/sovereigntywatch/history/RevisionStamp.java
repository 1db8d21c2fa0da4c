package org.sovereigntywatch.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

/**
 * Signs each new {@link Revision} with the user the change is made for. Envers asks Hibernate's bean container for
 * this listener, which Spring Boot backs with the application context, so it is this bean. The user comes from the
 * same {@link AuditorAware} that fills in {@code modifiedBy}, which reads Vaadin's {@code SecurityContextHolderStrategy}
 * bean: one answer to "who is acting" for both.
 */
@Component
class RevisionStamp implements RevisionListener {

    private final AuditorAware<String> auditor;

    RevisionStamp(AuditorAware<String> auditor) {
        this.auditor = auditor;
    }

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setUsername(auditor.getCurrentAuditor().orElseThrow());
    }
}
