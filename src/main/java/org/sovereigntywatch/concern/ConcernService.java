package org.sovereigntywatch.concern;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ItemScope;
import org.sovereigntywatch.security.SecurityLog;
import org.sovereigntywatch.source.SourceService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The concern register. Every method checks the caller's role and jurisdiction scope through the
 * {@link EditorialPolicy}: viewers read published concerns, analysts write drafts in the jurisdictions they cover,
 * reviewers publish. Every workflow move and review comment is logged with who and when.
 * <p>
 * Writes take the concern as it was loaded, with its version: a save or a move based on a stale copy fails with
 * {@link ObjectOptimisticLockingFailureException} and changes nothing. Scope is decided on stored rows: the concern's
 * state and jurisdiction as the database holds them, and the stored jurisdictions the object passed in names by id, so
 * a copy whose jurisdiction code, state or id was changed in memory changes nothing its caller may not change.
 * <p>
 * Reads about one concern ({@link #get}, {@link #history}) refuse a concern the caller may not see with
 * {@link org.springframework.security.access.AccessDeniedException}, as the measures' link reads do.
 */
@Service
@Validated
public class ConcernService {

    /** The concern CSV's name in the security log. */
    public static final String EXPORT_NAME = "Concern register";

    private final ConcernRepository concerns;
    private final ConcernReviewEntryRepository reviewLog;
    private final ConcernExport export;
    private final JurisdictionService jurisdictions;
    private final SourceService sources;
    private final EditorialPolicy policy;
    private final CurrentUser currentUser;
    private final PlatformService platforms;
    private final SecurityLog securityLog;
    private final Clock clock;

    ConcernService(ConcernRepository concerns, ConcernReviewEntryRepository reviewLog, ConcernExport export,
                   JurisdictionService jurisdictions, SourceService sources, EditorialPolicy policy,
                   CurrentUser currentUser, PlatformService platforms, SecurityLog securityLog, Clock clock) {
        this.concerns = concerns;
        this.reviewLog = reviewLog;
        this.export = export;
        this.jurisdictions = jurisdictions;
        this.sources = sources;
        this.policy = policy;
        this.currentUser = currentUser;
        this.platforms = platforms;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** One page of the concerns the caller may see that match the filter, sorted in SQL as the page asks. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernRow> list(ConcernFilter filter, Pageable pageable) {
        return concerns.search(filter, policy.visibility(), today(), pageable);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(ConcernFilter filter) {
        return concerns.countMatching(filter, policy.visibility(), today());
    }

    /**
     * The concern with its platform, jurisdictions, owner and sources.
     *
     * @throws NoSuchElementException if there is no such concern
     * @throws org.springframework.security.access.AccessDeniedException if the caller may not see it
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Concern get(long id) {
        Concern concern = concerns.findWithDetailsById(id)
                .orElseThrow(() -> new NoSuchElementException("There is no concern " + id + "."));
        policy.requireSee(concern.getState(), concern.scope());
        return concern;
    }

    /**
     * The concern's review log, oldest first: its workflow moves and the review discussion.
     *
     * @throws org.springframework.security.access.AccessDeniedException if the caller may not see the concern
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernReviewEntry> history(long id) {
        get(id);
        return reviewLog.findByConcern(id);
    }

    /**
     * Records a new concern as a draft. Its next review defaults to what its level asks for.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the caller is an analyst or up
     *         covering the affected jurisdiction (the stored one its id names), or if it cites a source the caller
     *         may not see
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Concern create(@Valid Concern concern) {
        if (!concern.isNew() || concern.getState() != PublicationState.DRAFT) {
            throw new WorkflowException("A new concern starts as a draft.");
        }
        useStoredJurisdictions(concern);
        policy.requireCreate(concern.scope());
        sources.requireVisible(concern.getSources());
        fillDefaults(concern);
        Concern saved = concerns.saveAndFlush(concern);
        log(saved, null, PublicationState.DRAFT, null);
        return saved;
    }

    /**
     * Saves changes to a concern as it was loaded. Drafts are edited by analysts and up, concerns in review or
     * published by reviewers and up, archived ones by nobody; moving a concern to another jurisdiction needs cover of
     * both. The state only changes through {@link #move}. The rules apply to the stored row the id names and to the
     * stored jurisdiction the concern is moved to, whatever the object passed in says about them.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Concern update(@Valid Concern concern) {
        ItemScope stored = storedScope(concern.getId());
        useStoredJurisdictions(concern);
        policy.requireUpdate(stored, concern.getState(), concern.scope());
        sources.requireVisible(concern.getSources());
        fillDefaults(concern);
        return concerns.saveAndFlush(concern);
    }

    /**
     * Moves the concern through the workflow: submit for review (analysts), publish, return to draft (with a
     * comment) or archive (reviewers), logging who, when, from, to and the comment.
     *
     * @param version the version the caller saw; a concern changed since is not moved
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Concern move(long id, long version, PublicationState target, @Nullable String comment) {
        Concern concern = load(id);
        PublicationState from = concern.getState();
        policy.move(concern, version, concern.scope(), target, comment);
        Concern saved = concerns.saveAndFlush(concern);
        log(saved, from, target, comment);
        return saved;
    }

    /** Adds a comment to the concern's review discussion (analysts and up in scope). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public ConcernReviewEntry comment(long id, String text) {
        Concern concern = load(id);
        policy.requireComment(concern.getState(), concern.scope(), text);
        return log(concern, null, null, text);
    }

    /**
     * Whether the caller may delete the concern: a draft never published, by the analyst who created it or a reviewer
     * covering it ({@link EditorialPolicy#mayDelete}). False for a concern the caller may not see, or that does not
     * exist, so the answer reveals nothing.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean mayDelete(long id) {
        return concerns.findById(id)
                .filter(concern -> policy.maySee(concern.getState(), concern.scope()))
                .map(concern -> policy.mayDelete(concern, concern.scope(), reviewLog.wasEverPublished(id)))
                .orElse(false);
    }

    /**
     * Deletes a draft that was never published (a mistake, see {@link EditorialPolicy#mayDelete}) with everything
     * that belongs only to it: its review log, its list of sources (the sources stay, others may cite them) and the
     * measures' links to it. All of it or nothing, in one transaction.
     *
     * @param version the version the caller saw; a concern changed since is not deleted
     * @throws ObjectOptimisticLockingFailureException if the concern changed since the caller saw it
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void delete(long id, long version) {
        Concern concern = load(id);
        policy.requireDelete(concern, concern.scope(), reviewLog.wasEverPublished(id));
        if (concern.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Concern.class, id);
        }
        // Its list of sources is a collection it owns: Hibernate deletes those rows. Its review log and the measures'
        // links to it go with the row, by the schema's ON DELETE CASCADE (V2, V3), so the register needs no knowledge
        // of timelines.
        concerns.delete(concern);
        concerns.flush();
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
                .filter(concern -> policy.maySee(concern.getState(), concern.scope()))
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
            try (var rows = concerns.stream(filter, policy.visibility(), today(),
                    sort.isSorted() ? sort : Sort.by("id"))) {
                return export.write(rows, today(), out);
            }
        });
    }

    /** Open concerns the caller may see that match the filter, counted by score, with how many are overdue. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.ByScore> countOpenByScore(ConcernFilter filter) {
        return concerns.countByScore(filter.withOpenOnly(true), policy.visibility(), today());
    }

    /**
     * The jurisdiction × platform heatmap of open concerns the caller may see: per cell the highest score and the
     * number of concerns, a concern counting for both its jurisdictions.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.HeatCell> heatmap(ConcernFilter filter) {
        Map<List<String>, ConcernCounts.HeatCell> cells = new TreeMap<>(Comparator
                .comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
        ConcernFilter open = filter.withOpenOnly(true);
        Stream.concat(concerns.heatByAffected(open, policy.visibility(), today()).stream(),
                        concerns.heatByAccessing(open, policy.visibility(), today()).stream())
                .forEach(cell -> cells.merge(List.of(cell.jurisdiction(), cell.platform()), cell,
                        ConcernCounts.HeatCell::plus));
        return List.copyOf(cells.values());
    }

    /** Open concerns by jurisdiction (a concern counting for both of its) and score, for the summary report. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.ByKeyAndScore> countOpenByJurisdictionAndScore(ConcernFilter filter) {
        ConcernFilter open = filter.withOpenOnly(true);
        return Stream.concat(concerns.countByAffectedAndScore(open, policy.visibility(), today()).stream(),
                concerns.countByAccessingAndScore(open, policy.visibility(), today()).stream()).toList();
    }

    /** Open concerns by platform and score, for the summary report. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ConcernCounts.ByKeyAndScore> countOpenByPlatformAndScore(ConcernFilter filter) {
        return concerns.countByPlatformAndScore(filter.withOpenOnly(true), policy.visibility(), today());
    }

    private ItemScope storedScope(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("Use create for a concern that is not saved yet");
        }
        return concerns.findScopeById(id).orElseThrow(() -> new NoSuchElementException("There is no concern " + id + "."));
    }

    /**
     * Replaces the concern's jurisdictions by the stored rows their ids name, so that its scope is read from the rows
     * the save will refer to, not from codes set in memory.
     */
    private void useStoredJurisdictions(Concern concern) {
        concern.setAffectedJurisdiction(jurisdictions.stored(Objects.requireNonNull(concern.getAffectedJurisdiction())));
        concern.setAccessingJurisdiction(jurisdictions.stored(Objects.requireNonNull(concern.getAccessingJurisdiction())));
    }

    private Concern load(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("Use create for a concern that is not saved yet");
        }
        return concerns.findById(id).orElseThrow(() -> new NoSuchElementException("There is no concern " + id + "."));
    }

    private void fillDefaults(Concern concern) {
        if (concern.getNextReview() == null) {
            concern.setNextReview(concern.getLevel().nextReviewAfter(today()));
        }
    }

    private ConcernReviewEntry log(Concern concern, @Nullable PublicationState from, @Nullable PublicationState to,
                                   @Nullable String comment) {
        return reviewLog.save(new ConcernReviewEntry(concern, currentUser.require().getUsername(), Instant.now(clock),
                from, to, comment));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
