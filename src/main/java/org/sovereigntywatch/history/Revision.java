package org.sovereigntywatch.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.PlainText;

import java.time.Instant;

/**
 * One committed transaction that changed audited items: who made it and when (UTC). Envers writes one per transaction
 * and stamps it through {@link RevisionStamp}; the items' values after it are in their {@code _aud} tables under its
 * number. Numbers grow with time, so "as of" a moment is "up to the last revision made by then".
 * <p>
 * The id is an identity column rather than Envers' default sequence (which allocates 50 at a time), so that one Flyway
 * script creates the table on H2 and PostgreSQL alike.
 */
@FeatureApi
@Entity
@RevisionEntity(RevisionStamp.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @PlainText
    @Column(nullable = false, length = AuditedEntity.USERNAME_MAX)
    private String username = "";

    /** The revision whose values this one put back, when it was a restore. */
    private @Nullable Long restoredFrom;

    protected Revision() {
    }

    public long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }

    /** The username of whoever made the change; "system" for the application's own (seeding, the first revision). */
    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    public @Nullable Long getRestoredFrom() {
        return restoredFrom;
    }

    void setRestoredFrom(long revision) {
        this.restoredFrom = revision;
    }
}
