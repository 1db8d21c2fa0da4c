package org.sovereigntywatch.timeline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.PlausibleDate;
import org.sovereigntywatch.editorial.ItemSubjects;
import org.sovereigntywatch.editorial.Publishable;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;

import java.time.LocalDate;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a government did about one or more platforms: a law, an executive order, a court case, a device ban, a fine…
 * Its scope — who may edit it — is its jurisdiction. Its dated steps are {@link PolicyEvent}s; its current status is
 * the action and date of its latest event that happened, kept here by {@link EventService} whenever its events change.
 */
@FeatureApi
@Entity
@Audited
public class PolicyMeasure extends Publishable {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 4000;

    @NotBlank(message = "{measure.title.required}")
    @PlainText
    @Size(max = TITLE_MAX, message = "{measure.title.max}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    /**
     * The title as the duplicate check compares it ({@link org.sovereigntywatch.base.TitleKey}: lower case, no
     * spaces), computed by the database and indexed with the jurisdiction (V16); read only.
     */
    @PlainText
    @NotAudited
    @Column(insertable = false, updatable = false, length = TITLE_MAX)
    private @Nullable String titleKey;

    @NotNull(message = "{measure.jurisdiction.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable Jurisdiction jurisdiction;

    @NotEmpty(message = "{measure.platforms.required}")
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "policy_measure_platform", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "platform_id"))
    @BatchSize(size = 100)
    private Set<Platform> platforms = new HashSet<>();

    @NotNull(message = "{measure.policy-area.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PolicyArea policyArea = PolicyArea.NATIONAL_SECURITY;

    @NotNull(message = "{measure.instrument.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Instrument instrument = Instrument.LAW;

    @Column(nullable = false)
    private boolean binding = true;

    @MultiLineText
    @Size(max = SUMMARY_MAX, message = "{measure.summary.max}")
    @Column(length = SUMMARY_MAX)
    private @Nullable String summary;

    /**
     * The ids of the concerns this measure bears on; linked and unlinked through {@link MeasureService}. Timelines own
     * the link, and name concerns by id, as the concern register's service hands them out. Linking one is not an edit
     * of the measure's form: it leaves the version alone, so that it cannot make someone's open form stale.
     */
    @OptimisticLock(excluded = true)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "measure_concern", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "concern_id")
    private Set<Long> concernIds = new HashSet<>();

    // The current status is derived from the events and written only by EventService's versionless update: never by
    // a save of the measure, so that a form opened before an event changed neither fails nor writes back its old status.
    @Enumerated(EnumType.STRING)
    @NotAudited
    @Column(length = 20, insertable = false, updatable = false)
    private @Nullable EventAction currentAction;

    @PlausibleDate
    @NotAudited
    @Column(insertable = false, updatable = false)
    private @Nullable LocalDate currentSince;

    @Enumerated(EnumType.STRING)
    @NotAudited
    @Column(length = 5, insertable = false, updatable = false)
    private @Nullable DatePrecision currentSincePrecision;

    protected PolicyMeasure() {
    }

    public PolicyMeasure(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title.strip();
    }

    public @Nullable Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(@Nullable Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public Set<Platform> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(Set<Platform> platforms) {
        this.platforms = new HashSet<>(platforms);
    }

    public PolicyArea getPolicyArea() {
        return policyArea;
    }

    public void setPolicyArea(@Nullable PolicyArea policyArea) {
        this.policyArea = policyArea;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(@Nullable Instrument instrument) {
        this.instrument = instrument;
    }

    public boolean isBinding() {
        return binding;
    }

    public void setBinding(boolean binding) {
        this.binding = binding;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    /** Kept as typed (leading tabs and blank lines included); a blank summary is no summary. */
    public void setSummary(@Nullable String summary) {
        this.summary = summary == null || summary.isBlank() ? null : summary;
    }

    Set<Long> concernIds() {
        return concernIds;
    }

    /** The action of the latest event that happened; null while nothing has. */
    public @Nullable EventAction getCurrentAction() {
        return currentAction;
    }

    /** The date of the latest event that happened, as precisely as it is known; null while nothing has. */
    public @Nullable PolicyDate getCurrentSince() {
        // Both or neither are set (the schema checks it).
        return currentSince == null || currentSincePrecision == null ? null
                : new PolicyDate(currentSince, currentSincePrecision);
    }

    /** "In force since January 2021"; empty while no event has happened. */
    public Optional<Text> currentStatus() {
        return status(currentAction, getCurrentSince());
    }

    /** A current status in words: "In force since January 2021"; empty for none. */
    static Optional<Text> status(@Nullable EventAction action, @Nullable PolicyDate since) {
        return action == null || since == null ? Optional.empty()
                : Optional.of(new Text("measure.current-status", action, since));
    }

    /** The code of the jurisdiction whose analysts and reviewers work on this measure. */
    public String scope() {
        return jurisdiction == null ? "" : jurisdiction.getCode();
    }

    @Override
    public ItemSubjects subjects() {
        return new ItemSubjects(jurisdiction == null ? Set.of() : Set.of(jurisdiction.getId()),
                platforms.stream().map(Platform::getId).collect(Collectors.toSet()));
    }
}
