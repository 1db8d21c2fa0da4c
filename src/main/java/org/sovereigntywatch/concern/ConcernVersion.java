package org.sovereigntywatch.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.history.StoredVersion;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored version of a concern, as the history keeps it ({@code concern_aud}, written by Envers), read-only: the
 * register "as of" a past revision reads these instead of {@link Concern}, with the same queries. Its properties have
 * the concern's names, so every condition, sort and row of {@link ConcernQueriesImpl} reads the same on both; related
 * items are the live rows (a platform shows its present name). Who changed it last and when come from the revision
 * that made the version; who created it from the concern, while it exists. Columns of two words are named as Envers
 * names them, which maps the same table.
 */
@Entity
@Immutable
@Table(name = "concern_aud")
@IdClass(ConcernVersion.Key.class)
class ConcernVersion extends StoredVersion {

    /** The concern and the revision that made this version of it. */
    record Key(Long id, Long rev) implements Serializable {
    }

    @Id
    private Long id;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affected_jurisdiction_id")
    private Jurisdiction affectedJurisdiction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accessing_jurisdiction_id")
    private Jurisdiction accessingJurisdiction;

    @Enumerated(EnumType.STRING)
    private ConcernCategory category;

    private @Nullable String description;

    @Column(name = "platform_claim")
    private @Nullable String platformClaim;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_status")
    private ClaimStatus claimStatus;

    private int likelihood;

    private int impact;

    private int score;

    @Enumerated(EnumType.STRING)
    private Confidence confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "treatment_status")
    private TreatmentStatus treatmentStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "next_review")
    private LocalDate nextReview;

    @Enumerated(EnumType.STRING)
    private PublicationState state;

    @Formula("(select c.created_by from concern c where c.id = id)")
    private @Nullable String createdBy;

    @Formula("(select c.created_at from concern c where c.id = id)")
    private @Nullable Instant createdAt;

    @Formula("(select r.username from revision r where r.id = rev)")
    private @Nullable String modifiedBy;

    @Formula("(select r.recorded_at from revision r where r.id = rev)")
    private @Nullable Instant modifiedAt;

    protected ConcernVersion() {
    }
}
