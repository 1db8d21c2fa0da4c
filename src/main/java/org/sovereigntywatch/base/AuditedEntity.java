package org.sovereigntywatch.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import java.time.Instant;

/**
 * Base of every editable aggregate: a generated id, who created and last changed it and when (filled in by Spring
 * Data auditing from the signed-in user), and a {@code @Version} so that a save based on a stale copy fails instead of
 * overwriting someone else's change.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    public static final int USERNAME_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private @Nullable Long id;

    @Version
    private long version;

    @PlainText
    @CreatedBy
    @Column(updatable = false)
    private @Nullable String createdBy;

    @CreatedDate
    @Column(updatable = false)
    private @Nullable Instant createdAt;

    @PlainText
    @LastModifiedBy
    private @Nullable String modifiedBy;

    @LastModifiedDate
    private @Nullable Instant modifiedAt;

    public @Nullable Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getModifiedBy() {
        return modifiedBy;
    }

    public @Nullable Instant getModifiedAt() {
        return modifiedAt;
    }

    /** Equal when both are persisted rows of the same entity class with the same id; unsaved ones only to themselves. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        return id != null && id.equals(((AuditedEntity) other).getId());
    }

    @Override
    public int hashCode() {
        // Constant per class so that an entity keeps its hash code when it gets its id on first save.
        return Hibernate.getClass(this).hashCode();
    }

    @Override
    public String toString() {
        return Hibernate.getClass(this).getSimpleName() + "#" + id;
    }
}
