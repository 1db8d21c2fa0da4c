package org.sovereigntywatch.timeline;

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
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.history.StoredVersion;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Jurisdiction;

import java.io.Serializable;

/**
 * A stored version of a measure ({@code policy_measure_aud}, written by Envers), read-only: the measures register,
 * the timeline and the dashboard "as of" a past revision read these instead of {@link PolicyMeasure}, with the same
 * conditions, for its properties have the measure's names. Its jurisdiction is the live row. Its current status is not
 * stored with it (the database derives it from the events): the queries as of a revision derive it from the events'
 * versions then ({@link MeasureQueriesImpl}). Columns of two words are named as Envers names them, which maps the same
 * table.
 */
@Entity
@Immutable
@Table(name = "policy_measure_aud")
@IdClass(MeasureVersion.Key.class)
class MeasureVersion extends StoredVersion {

    /** The measure and the revision that made this version of it. */
    record Key(Long id, Long rev) implements Serializable {
    }

    @Id
    private Long id;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_id")
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_area")
    private PolicyArea policyArea;

    @Enumerated(EnumType.STRING)
    private Instrument instrument;

    private boolean binding;

    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    private PublicationState state;

    protected MeasureVersion() {
    }
}
