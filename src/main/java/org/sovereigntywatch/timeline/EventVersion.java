package org.sovereigntywatch.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.sovereigntywatch.history.StoredVersion;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A stored version of a policy event ({@code policy_event_aud}, written by Envers), read-only, for the events and the
 * timeline "as of" a past revision: its properties have the event's names, so the events queries read the same on
 * both. Its measure is named by id, to be joined to the measure's version in force at the same revision.
 */
@Entity
@Immutable
@Table(name = "policy_event_aud")
@IdClass(EventVersion.Key.class)
class EventVersion extends StoredVersion {

    /** The event and the revision that made this version of it. */
    record Key(Long id, Long rev) implements Serializable {
    }

    @Id
    private Long id;

    @Column(name = "measure_id")
    private Long measureId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision precision;

    private boolean expected;

    private boolean cancelled;

    @Enumerated(EnumType.STRING)
    private EventAction action;

    private String summary;

    protected EventVersion() {
    }
}
