package org.sovereigntywatch.concern;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Keyset;
import org.sovereigntywatch.base.RowWriter;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.editorial.BulkResult;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.PublishableService;
import org.sovereigntywatch.editorial.ReviewLog;
import org.sovereigntywatch.history.HistoryFields;
import org.sovereigntywatch.history.InForce;
import org.sovereigntywatch.history.ItemHistory;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.SecurityLog;
import org.sovereigntywatch.security.UserService;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The concern register. Its workflow — get, history, create, update, move, comment, delete — is the one every
 * publishable kind shares ({@link PublishableService}): viewers read published concerns, analysts write drafts in the
 * jurisdictions they cover, reviewers publish, and every move and comment is logged. What is the register's own:
 * the lazy, filtered list and its counts for the dashboard and reports, the CSV export, the duplicate check, and what
 * a concern's save checks and fills in ({@link #beforeSave}).
 * <p>
 * Deleting a draft deletes its list of sources (a collection it owns: the sources stay, others may cite them) and the
 * measures' links to it (by the schema's ON DELETE CASCADE, so the register needs no knowledge of timelines).
 */
@Service
@Validated
public class ConcernService extends PublishableService<Concern> {

    /** The kind's name in the review log and in what refers to concerns by kind and id. */
    public static final String KIND = "concern";

    /** The concern CSV's name in the security log. */
    public static final String EXPORT_NAME = "Concern register";

    private final ConcernRepository concerns;
    private final ConcernExport export;
    private final JurisdictionService jurisdictions;
    private final SourceService sources;
    private final PlatformService platforms;
    private final SecurityLog securityLog;
    private final UserService users;
    private final Clock clock;

    ConcernService(ConcernRepository concerns, ConcernExport export, JurisdictionService jurisdictions,
                   SourceService sources, EditorialPolicy policy, ReviewLog reviewLog, PlatformService platforms,
                   SecurityLog securityLog, UserService users, Clock clock, NewItemValidator newItemValidator,
                   ItemHistory itemHistory) {
        super(KIND, concerns, policy, reviewLog, newItemValidator, itemHistory);
        this.concerns = concerns;
        this.export = export;
        this.jurisdictions = jurisdictions;
        this.sources = sources;
        this.platforms = platforms;
        this.securityLog = securityLog;
        this.users = users;
        this.clock = clock;
    }

    /** One page of the concerns the caller may see that match the filter, sorted in SQL as the page asks. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernRow> list(ConcernFilter filter, Pageable pageable) {
        return concerns.search(filter, policy.visibility(), dayOf(filter), pageable);
    }

    /**
     * One page of the concerns the caller may see that match the filter, read by keyset from where the last page
     * ended: what the API pages with, so that concerns added or changed meanwhile shift nothing.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernRow> list(ConcernFilter filter, Keyset keyset) {
        return concerns.seek(filter, policy.visibility(), dayOf(filter), keyset);
    }

    /**
     * Streams every concern the caller may see that matches the filter, by id, to {@code writer}: a bulk pull in
     * another format than CSV, noted in the security log as an export.
     *
     * @param format the format's name for the security log: "NDJSON"
     * @return how many concerns were written
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long stream(ConcernFilter filter, String format, RowWriter<ConcernRow> writer) throws IOException {
        return securityLog.export(EXPORT_NAME + " (" + format + ")",
                filter.inWords(platforms.namesOf(filter.platformIds())), () -> {
                    try (var rows = concerns.stream(filter, policy.visibility(), dayOf(filter), Sort.by(Keyset.ID))) {
                        return writer.write(rows);
                    }
                });
    }

    /** The concern with this id as the register lists it; empty if there is none or the caller may not see it. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<ConcernRow> row(long id) {
        return concerns.row(id, policy.visibility());
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(ConcernFilter filter) {
        return concerns.countMatching(filter, policy.visibility(), dayOf(filter));
    }

    /**
     * The ids of the concerns the caller may see that match the filter, by id: "all matching" for a bulk action.
     *
     * @throws WorkflowException when more match than a bulk action takes ({@value #BULK_MAX})
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Long> ids(ConcernFilter filter) {
        return withinBulkLimit(concerns.ids(filter, policy.visibility(), dayOf(filter), BULK_MAX + 1));
    }

    /**
     * Gives each of these concerns a new owner, a new next review date, or both, as {@link #update} would, one by one
     * in a transaction each: a concern the caller may not edit (an analyst and a published concern, an archived one,
     * one outside the caller's jurisdictions) stays as it is, listed with the reason.
     *
     * @param ownerId    the user to follow them up, one who can sign in; null to leave each owner as it is
     * @param nextReview the day of their next review; null to leave each date as it is
     * @throws FieldErrorException when neither is given, or the owner cannot sign in, before any concern is changed
     * @throws WorkflowException   for more than {@value #BULK_MAX} concerns
     */
    @PreAuthorize("hasRole('ANALYST')")
    public BulkResult assignAll(Collection<Long> ids, @Nullable Long ownerId, @Nullable LocalDate nextReview) {
        return assignAll(ids, ownerId, nextReview, TaskProgress.NONE);
    }

    /**
     * Assigns each of these concerns as {@link #assignAll(Collection, Long, LocalDate)} does, telling
     * {@code progress} how many it handled after each one and stopping when it is cancelled: the concerns changed by
     * then stay changed, the others are listed as refused, "not done: cancelled".
     */
    @PreAuthorize("hasRole('ANALYST')")
    public BulkResult assignAll(Collection<Long> ids, @Nullable Long ownerId, @Nullable LocalDate nextReview,
                                TaskProgress progress) {
        AppUser owner = assignedOwner(ownerId, nextReview);
        return eachItem(ids, progress, concern -> {
            if (owner != null) {
                concern.setOwner(owner);
            }
            if (nextReview != null) {
                concern.setNextReview(nextReview);
            }
            self().update(concern);
        });
    }

    /**
     * Checks an assignment before it starts, as {@link #assignAll} will: something to set, and an owner who can sign
     * in. For a dialog that runs the assignment in the background and wants the refusal on its field first.
     *
     * @throws FieldErrorException on the owner field, as {@link #assignAll} would
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public void checkAssignment(@Nullable Long ownerId, @Nullable LocalDate nextReview) {
        assignedOwner(ownerId, nextReview);
    }

    /** The new owner of an assignment (null to keep each owner), refusing one that sets nothing or a user gone. */
    private @Nullable AppUser assignedOwner(@Nullable Long ownerId, @Nullable LocalDate nextReview) {
        if (ownerId == null && nextReview == null) {
            throw new FieldErrorException("owner", "concern.assign.nothing-to-set");
        }
        return ownerId == null ? null : users.findAssignable(ownerId).orElseThrow(() ->
                new FieldErrorException("owner", "concern.assign.owner-cannot-sign-in"));
    }

    /**
     * Concerns the caller may see about the same platform and the same two jurisdictions, titled the same but for case
     * and spaces ({@link TitleKey}), other than {@code exceptId}: likely duplicates, to warn about before saving.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Concern> likelyDuplicates(long platformId, String affectedCode, String accessingCode, String title,
                                          @Nullable Long exceptId) {
        return concerns.findLikeTitled(platformId, affectedCode, accessingCode, TitleKey.of(title.strip())).stream()
                .filter(concern -> !concern.getId().equals(exceptId))
                .filter(this::visible)
                .toList();
    }

    /**
     * Writes the concerns the caller may see that match the filter, in the given order, as CSV (see
     * {@link ConcernExport} for the columns), streaming them from the database. The security log notes who
     * downloaded how many rows with which filter.
     *
     * @return how many concerns were written
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long exportCsv(ConcernFilter filter, Sort sort, OutputStream out) throws IOException {
        return securityLog.export(EXPORT_NAME, filter.inWords(platforms.namesOf(filter.platformIds())), () -> {
            try (var rows = concerns.stream(filter, policy.visibility(), dayOf(filter),
                    sort.isSorted() ? sort : Sort.by("id"))) {
                return export.write(rows, dayOf(filter), filter.asOf(), out);
            }
        });
    }

    /** Open concerns the caller may see that match the filter, counted by score, with how many are overdue. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.ByScore> countOpenByScore(ConcernFilter filter) {
        return concerns.countByScore(filter.withOpenOnly(true), policy.visibility(), dayOf(filter));
    }

    /**
     * The jurisdiction × platform heatmap of open concerns the caller may see: per cell the highest score and the
     * number of concerns, a concern counting for both its jurisdictions.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.HeatCell> heatmap(ConcernFilter filter) {
        Map<List<String>, ConcernCounts.HeatCell> cells = new HashMap<>();
        ConcernFilter open = filter.withOpenOnly(true);
        Stream.concat(concerns.heatByAffected(open, policy.visibility(), dayOf(filter)).stream(),
                        concerns.heatByAccessing(open, policy.visibility(), dayOf(filter)).stream())
                .forEach(cell -> cells.merge(List.of(cell.jurisdiction(), cell.platform()), cell,
                        ConcernCounts.HeatCell::plus));
        return cells.values().stream().sorted(Comparator.comparing(ConcernCounts.HeatCell::jurisdiction)
                .thenComparing(ConcernCounts.HeatCell::platform)).toList();
    }

    /** Open concerns by jurisdiction (a concern counting for both of its) and score, for the summary report. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.ByKeyAndScore> countOpenByJurisdictionAndScore(ConcernFilter filter) {
        ConcernFilter open = filter.withOpenOnly(true);
        return Stream.concat(concerns.countByAffectedAndScore(open, policy.visibility(), dayOf(filter)).stream(),
                concerns.countByAccessingAndScore(open, policy.visibility(), dayOf(filter)).stream()).toList();
    }

    /** Open concerns by platform and score, for the summary report. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.ByKeyAndScore> countOpenByPlatformAndScore(ConcernFilter filter) {
        return concerns.countByPlatformAndScore(filter.withOpenOnly(true), policy.visibility(), dayOf(filter));
    }

    @Override
    protected HistoryFields<Concern> describeHistory() {
        return HistoryFields.of(Concern.class)
                .field("common.title", Concern::getTitle)
                .field("common.platform", concern -> concern.getPlatform() == null ? null
                        : concern.getPlatform().getName())
                .field("concern.field.affected-jurisdiction", concern -> concern.getAffectedJurisdiction() == null
                        ? null : concern.getAffectedJurisdiction().getCode())
                .field("concern.field.accessing-jurisdiction", concern -> concern.getAccessingJurisdiction() == null
                        ? null : concern.getAccessingJurisdiction().getCode())
                .field("concern.field.category", Concern::getCategory)
                .longText("common.description", Concern::getDescription)
                .longText("concern.field.platform-claim", Concern::getPlatformClaim)
                .field("concern.field.claim-status", Concern::getClaimStatus)
                .field("concern.field.likelihood", Concern::getLikelihood)
                .field("concern.field.impact", Concern::getImpact)
                .field("concern.field.confidence", Concern::getConfidence)
                .field("concern.field.treatment", Concern::getTreatmentStatus)
                .field("common.owner", concern -> concern.getOwner() == null ? null
                        : concern.getOwner().getDisplayName())
                .field("concern.field.next-review", Concern::getNextReview)
                .field("common.sources", concern -> HistoryFields.names(concern.getSources(), Source::label));
    }

    @Override
    protected void copyFields(Concern version, Concern into) {
        into.setTitle(version.getTitle());
        into.setPlatform(stored(Platform.class, version.getPlatform()));
        into.setAffectedJurisdiction(stored(Jurisdiction.class, version.getAffectedJurisdiction()));
        into.setAccessingJurisdiction(stored(Jurisdiction.class, version.getAccessingJurisdiction()));
        into.setCategory(version.getCategory());
        into.setDescription(version.getDescription());
        into.setPlatformClaim(version.getPlatformClaim());
        into.setClaimStatus(version.getClaimStatus());
        into.setLikelihood(version.getLikelihood());
        into.setImpact(version.getImpact());
        into.setConfidence(version.getConfidence());
        into.setTreatmentStatus(version.getTreatmentStatus());
        into.setOwner(stored(AppUser.class, version.getOwner()));
        into.setNextReview(version.getNextReview());
        into.setSources(version.getSources().stream().map(source -> stored(Source.class, source))
                .collect(Collectors.toSet()));
    }

    /**
     * The concerns among {@code ids} that the caller may see, by title, for pages that link to them (a measure's
     * concerns); those the caller may not see are left out, as if they did not exist.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernTitle> titles(Collection<Long> ids) {
        return concerns.findByIdIn(ids).stream().filter(this::visible)
                .map(concern -> new ConcernTitle(concern.getId(), concern.getTitle()))
                .sorted(Comparator.comparing(ConcernTitle::title).thenComparing(ConcernTitle::id)).toList();
    }

    /**
     * Replaces the concern's jurisdictions by the stored rows their ids name, so that its scope is read from the rows
     * the save will refer to, not from codes set in memory.
     */
    @Override
    protected void useStoredReferences(Concern concern) {
        concern.setAffectedJurisdiction(jurisdictions.stored(Objects.requireNonNull(concern.getAffectedJurisdiction())));
        concern.setAccessingJurisdiction(jurisdictions.stored(Objects.requireNonNull(concern.getAccessingJurisdiction())));
    }

    /** A concern cites only sources the caller may see; its next review defaults to what its level asks for. */
    @Override
    protected void beforeSave(Concern concern) {
        sources.requireVisible(concern.getSources());
        if (concern.getNextReview() == null) {
            concern.setNextReview(concern.getLevel().nextReviewAfter(today()));
        }
        concern.endReassessmentIfReviewed(today());
    }

    /**
     * Asks for these concerns to be re-assessed because a policy event happened on a measure that bears on them: each
     * is marked with the event until it is reviewed (saved with a next review after today), its next review moves to
     * today (unless it is earlier), and its owner hears of it ({@link ReassessmentAsked}). Timelines call this after
     * recording the event, under their own checks: the mark is a consequence of the event, not an edit of the
     * concerns, so it applies in every state but archived and whoever may see them.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void reassess(long eventId, Collection<Long> concernIds) {
        LocalDate today = today();
        for (Concern concern : concerns.findAllById(concernIds)) {
            if (concern.getState() == PublicationState.ARCHIVED) {
                continue;
            }
            concern.reassessBecauseOf(eventId, today);
            publish(new ReassessmentAsked(concern.getId(),
                    Objects.requireNonNull(concern.getOwner()).getId(), eventId));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The day the filter's register is read on: today, or the day of its "as of" moment, which decides which reviews
     * were overdue then.
     */
    private LocalDate dayOf(ConcernFilter filter) {
        return InForce.day(filter.asOf(), clock);
    }
}
