package org.sovereigntywatch.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.AuditedEntity;

import java.time.Instant;

/**
 * One line of the security log, never changed once written. Written only by {@link SecurityLog}, which bounds and
 * cleans every value first; read as {@link SecurityEventRow}s.
 */
@Entity
@Table(name = "security_event")
class SecurityEvent {

    static final int TYPE_MAX = 40;
    static final int ADDRESS_MAX = 64;
    static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = TYPE_MAX)
    private SecurityEventType type = SecurityEventType.SIGN_IN;

    @PlainText
    @Column(name = "actor_username", updatable = false, length = AuditedEntity.USERNAME_MAX)
    private @Nullable String actor;

    @PlainText
    @Column(name = "subject_username", updatable = false, length = AuditedEntity.USERNAME_MAX)
    private @Nullable String subject;

    @PlainText
    @Column(updatable = false, length = ADDRESS_MAX)
    private @Nullable String clientAddress;

    @PlainText
    @Column(nullable = false, updatable = false, length = DETAIL_MAX)
    private String detail = "";

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventType type, @Nullable String actor, @Nullable String subject,
                  @Nullable String clientAddress, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.subject = subject;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }
}
