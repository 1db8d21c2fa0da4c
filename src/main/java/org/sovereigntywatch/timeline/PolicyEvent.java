package org.sovereigntywatch.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlausibleDate;
import org.sovereigntywatch.source.Source;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A dated step of a {@link PolicyMeasure}: announced, signed, in force, enjoined, lifted… The date is as precise as
 * what is known ({@link PolicyDate}) and is stored as the period it stands for. A step that is scheduled (an effective
 * date, a deadline) is expected until someone records that it happened, or that it did not happen (cancelled).
 */
@FeatureApi
@Entity
@Audited
public class PolicyEvent extends AuditedEntity {

    public static final int SUMMARY_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable PolicyMeasure measure;

    @NotNull(message = "{event.date.required}")
    @PlausibleDate
    @Column(nullable = false)
    private @Nullable LocalDate periodStart;

    @PlausibleDate
    @Column(nullable = false)
    private @Nullable LocalDate periodEnd;

    @NotNull(message = "{event.precision.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 5)
    private DatePrecision precision = DatePrecision.DAY;

    @Column(nullable = false)
    private boolean expected;

    /** An expected step that did not happen; only an expected step can be (see {@link #onlyExpectedStepsAreCancelled}). */
    @Column(nullable = false)
    private boolean cancelled;

    @NotNull(message = "{event.action.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventAction action = EventAction.ANNOUNCED;

    @NotBlank(message = "{event.summary.required}")
    @MultiLineText
    @Size(max = SUMMARY_MAX, message = "{event.summary.max}")
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary = "";

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "policy_event_source", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @BatchSize(size = 100)
    private Set<Source> sources = new HashSet<>();

    protected PolicyEvent() {
    }

    public PolicyEvent(PolicyMeasure measure, PolicyDate date, EventAction action, String summary) {
        this.measure = measure;
        this.action = action;
        this.summary = summary;
        setDate(date);
    }

    public @Nullable PolicyMeasure getMeasure() {
        return measure;
    }

    /** The date as precise as it is known; null only while a new event's date is not entered yet. */
    public @Nullable PolicyDate getDate() {
        return periodStart == null ? null : new PolicyDate(periodStart, precision);
    }

    public void setDate(PolicyDate date) {
        this.periodStart = date.start();
        this.precision = date.precision();
        this.periodEnd = date.end();
    }

    /** The day the form shows: the first day of the period. */
    public @Nullable LocalDate getDay() {
        return periodStart;
    }

    /** Sets the date from a day, read with the current precision (any day of "January 2021" means January). */
    public void setDay(@Nullable LocalDate day) {
        if (day == null) {
            periodStart = null;
            periodEnd = null;
        } else {
            setDate(new PolicyDate(day, precision));
        }
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(@Nullable DatePrecision precision) {
        this.precision = precision;
        if (precision != null && periodStart != null) {
            setDate(new PolicyDate(periodStart, precision));
        }
    }

    public boolean isExpected() {
        return expected;
    }

    public void setExpected(boolean expected) {
        this.expected = expected;
    }

    /** Whether this expected step did not happen (enjoined first, cancelled, superseded). */
    public boolean isCancelled() {
        return expected && cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    public EventStatus getStatus() {
        return EventStatus.of(expected, cancelled);
    }

    /**
     * A step that happened cannot also have not happened: unticking "expected" clears "did not happen", whichever the
     * form wrote first.
     */
    @PrePersist
    @PreUpdate
    void onlyExpectedStepsAreCancelled() {
        if (!expected) {
            cancelled = false;
        }
    }

    public EventAction getAction() {
        return action;
    }

    public void setAction(@Nullable EventAction action) {
        this.action = action;
    }

    public String getSummary() {
        return summary;
    }

    /** Kept as typed: leading tabs, blank lines and spaces are part of the text (blank is refused by validation). */
    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Set<Source> getSources() {
        return sources;
    }

    public void setSources(Set<Source> sources) {
        this.sources = new HashSet<>(sources);
    }
}
