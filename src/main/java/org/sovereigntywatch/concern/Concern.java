package org.sovereigntywatch.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;
import org.sovereigntywatch.base.PlausibleDate;
import org.sovereigntywatch.editorial.ItemSubjects;
import org.sovereigntywatch.editorial.Publishable;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.source.Source;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A data-sovereignty concern: the law of the {@link #getAccessingJurisdiction() accessing jurisdiction} could reach
 * the data of the {@link #getAffectedJurisdiction() affected jurisdiction}'s users through a {@link Platform}. It
 * records what the platform claims and how far that is verified, how likely and how harmful it is, who follows it up
 * and when it is next reviewed. Its scope — who may edit it — is the affected jurisdiction.
 * <p>
 * The score is kept in step with likelihood and impact here, and stored, so the level filter and sort are plain SQL.
 */
@FeatureApi
@Entity
@Audited
public class Concern extends Publishable {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CLAIM_MAX = 2000;

    @NotBlank(message = "{concern.title.required}")
    @PlainText
    @Size(max = TITLE_MAX, message = "{concern.text.too-long}")
    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @NotNull(message = "{concern.platform.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable Platform platform;

    @NotNull(message = "{concern.affected-jurisdiction.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable Jurisdiction affectedJurisdiction;

    @NotNull(message = "{concern.accessing-jurisdiction.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable Jurisdiction accessingJurisdiction;

    @NotNull(message = "{concern.category.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConcernCategory category = ConcernCategory.STATE_ACCESS;

    @MultiLineText
    @Size(max = DESCRIPTION_MAX, message = "{concern.text.too-long}")
    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @MultiLineText
    @Size(max = CLAIM_MAX, message = "{concern.text.too-long}")
    @Column(length = CLAIM_MAX)
    private @Nullable String platformClaim;

    @NotNull(message = "{concern.claim-status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus claimStatus = ClaimStatus.UNVERIFIED;

    @NotNull(message = "{concern.likelihood.range}")
    @Min(value = RiskLevel.MIN_RATING, message = "{concern.likelihood.range}")
    @Max(value = RiskLevel.MAX_RATING, message = "{concern.likelihood.range}")
    @Column(nullable = false)
    private Integer likelihood = 3;

    @NotNull(message = "{concern.impact.range}")
    @Min(value = RiskLevel.MIN_RATING, message = "{concern.impact.range}")
    @Max(value = RiskLevel.MAX_RATING, message = "{concern.impact.range}")
    @Column(nullable = false)
    private Integer impact = 3;

    @Column(nullable = false)
    private int score = 9;

    @NotNull(message = "{concern.confidence.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Confidence confidence = Confidence.MEDIUM;

    @NotNull(message = "{concern.treatment-status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TreatmentStatus treatmentStatus = TreatmentStatus.OPEN;

    @NotNull(message = "{concern.owner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private @Nullable AppUser owner;

    /** Filled in from the level by the service when left empty. */
    @PlausibleDate
    @Column(nullable = false)
    private @Nullable LocalDate nextReview;

    /**
     * The policy event that asks for this concern to be re-assessed (set by {@link ConcernService#reassess}), until a
     * save gives it a next review after that day. Not in its history: the move of its next review to the day is.
     */
    @NotAudited
    @Column(name = "reassess_event_id")
    private @Nullable Long reassessEventId;

    @NotEmpty(message = "{concern.sources.required}")
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "concern_source", joinColumns = @JoinColumn(name = "concern_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @BatchSize(size = 100)
    private Set<Source> sources = new HashSet<>();

    protected Concern() {
    }

    public Concern(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title.strip();
    }

    public @Nullable Platform getPlatform() {
        return platform;
    }

    public void setPlatform(@Nullable Platform platform) {
        this.platform = platform;
    }

    public @Nullable Jurisdiction getAffectedJurisdiction() {
        return affectedJurisdiction;
    }

    public void setAffectedJurisdiction(@Nullable Jurisdiction affectedJurisdiction) {
        this.affectedJurisdiction = affectedJurisdiction;
    }

    public @Nullable Jurisdiction getAccessingJurisdiction() {
        return accessingJurisdiction;
    }

    public void setAccessingJurisdiction(@Nullable Jurisdiction accessingJurisdiction) {
        this.accessingJurisdiction = accessingJurisdiction;
    }

    public ConcernCategory getCategory() {
        return category;
    }

    public void setCategory(@Nullable ConcernCategory category) {
        this.category = category;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = blankToNull(description);
    }

    public @Nullable String getPlatformClaim() {
        return platformClaim;
    }

    public void setPlatformClaim(@Nullable String platformClaim) {
        this.platformClaim = blankToNull(platformClaim);
    }

    public ClaimStatus getClaimStatus() {
        return claimStatus;
    }

    public void setClaimStatus(@Nullable ClaimStatus claimStatus) {
        this.claimStatus = claimStatus;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(@Nullable Integer likelihood) {
        this.likelihood = likelihood;
        rescore();
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(@Nullable Integer impact) {
        this.impact = impact;
        rescore();
    }

    /** Likelihood × impact, 1 to 25. */
    public int getScore() {
        return score;
    }

    public RiskLevel getLevel() {
        return RiskLevel.of(score);
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(@Nullable Confidence confidence) {
        this.confidence = confidence;
    }

    public TreatmentStatus getTreatmentStatus() {
        return treatmentStatus;
    }

    public void setTreatmentStatus(@Nullable TreatmentStatus treatmentStatus) {
        this.treatmentStatus = treatmentStatus;
    }

    public @Nullable AppUser getOwner() {
        return owner;
    }

    public void setOwner(@Nullable AppUser owner) {
        this.owner = owner;
    }

    public @Nullable LocalDate getNextReview() {
        return nextReview;
    }

    public void setNextReview(@Nullable LocalDate nextReview) {
        this.nextReview = nextReview;
    }

    public Set<Source> getSources() {
        return sources;
    }

    public void setSources(Set<Source> sources) {
        this.sources = new HashSet<>(sources);
    }

    /** The policy event that asks for this concern to be re-assessed, by id; null when none does. */
    public @Nullable Long getReassessEventId() {
        return reassessEventId;
    }

    /** Asks for a re-assessment because of this policy event: the next review moves to {@code today} if later. */
    void reassessBecauseOf(long eventId, LocalDate today) {
        reassessEventId = eventId;
        if (nextReview == null || nextReview.isAfter(today)) {
            nextReview = today;
        }
    }

    /** Ends the re-assessment asked for once the concern is reviewed: given a next review after {@code today}. */
    void endReassessmentIfReviewed(LocalDate today) {
        if (reassessEventId != null && nextReview != null && nextReview.isAfter(today)) {
            reassessEventId = null;
        }
    }

    /** The code of the jurisdiction whose analysts and reviewers work on this concern. */
    public String scope() {
        return affectedJurisdiction == null ? "" : affectedJurisdiction.getCode();
    }

    @Override
    public ItemSubjects subjects() {
        return new ItemSubjects(
                Stream.of(affectedJurisdiction, accessingJurisdiction).filter(Objects::nonNull)
                        .map(Jurisdiction::getId).collect(Collectors.toSet()),
                platform == null ? Set.of() : Set.of(platform.getId()));
    }

    /** Who recorded it and its owner, who follows it up. */
    @Override
    public Set<String> responsible() {
        return owner == null ? super.responsible()
                : Stream.concat(super.responsible().stream(), Stream.of(owner.getUsername())).collect(Collectors.toSet());
    }

    private void rescore() {
        if (likelihood != null && impact != null) {
            score = RiskLevel.score(likelihood, impact);
        }
    }

    /** Multi-line texts are kept as typed (leading tabs and blank lines included); a blank one is no text. */
    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
