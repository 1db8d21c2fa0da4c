package org.sovereigntywatch.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Signs each new {@link Revision} with the user the change is made for and the time it is made. Envers asks
 * Hibernate's bean container for this listener, which Spring Boot backs with the application context, so it is this
 * bean. The user comes from the same {@link AuditorAware} that fills in {@code modifiedBy}, which reads Vaadin's
 * {@code SecurityContextHolderStrategy} bean: one answer to "who is acting" for both. The time comes from the
 * application's {@link Clock}, to the microsecond, rather than Envers' own, so that the record "as of" a moment is
 * decided on the same time as everything else.
 */
@Component
class RevisionStamp implements RevisionListener {

    private final AuditorAware<String> auditor;
    private final Clock clock;

    RevisionStamp(AuditorAware<String> auditor, Clock clock) {
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public void newRevision(Object revision) {
        Revision stamped = (Revision) revision;
        stamped.setUsername(auditor.getCurrentAuditor().orElseThrow());
        stamped.setRecordedAt(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }
}
