package org.sovereigntywatch.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.sovereigntywatch.history.StoredVersion;
import org.sovereigntywatch.reference.Platform;

import java.io.Serializable;

/**
 * A stored version of a measure's link to a platform it affects ({@code policy_measure_platform_aud}, written by
 * Envers), read-only: which platforms a measure affected at a past revision.
 */
@Entity
@Immutable
@Table(name = "policy_measure_platform_aud")
@IdClass(MeasurePlatformVersion.Key.class)
class MeasurePlatformVersion extends StoredVersion {

    /** The measure, the platform and the revision that added or removed the link. */
    record Key(Long measureId, Long platformId, Long rev) implements Serializable {
    }

    @Id
    @Column(name = "measure_id")
    private Long measureId;

    @Id
    @Column(name = "platform_id")
    private Long platformId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "platform_id", insertable = false, updatable = false)
    private Platform platform;

    protected MeasurePlatformVersion() {
    }
}
