package org.sovereigntywatch.timeline;

import jakarta.validation.Valid;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.base.TitleKey;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ItemScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Policy measures: recorded, reviewed and published with the same workflow and jurisdiction scope as concerns
 * ({@link EditorialPolicy}), linked to one another and to the concerns they bear on. A measure's events are kept by
 * {@link EventService}.
 * <p>
 * Scope is decided on stored rows: a measure's state and jurisdiction as the database holds them, and the stored
 * jurisdiction the object passed in names by id. Reads about one item — a measure itself, its {@link #history},
 * {@link #links} and {@link #concerns}, the measures {@link #bearingOn bearing on} a concern, and the events of
 * {@link EventService#eventsOf} — refuse an item the caller may not see with
 * {@link org.springframework.security.access.AccessDeniedException} (one that does not exist with
 * {@link NoSuchElementException}), and leave out of their answer the linked items the caller may not see: a viewer
 * learns nothing about drafts through links.
 */
@Service
@Validated
public class MeasureService {

    private final PolicyMeasureRepository measures;
    private final MeasureLinkRepository links;
    private final MeasureReviewEntryRepository reviewLog;
    private final ConcernService concerns;
    private final JurisdictionService jurisdictions;
    private final EditorialPolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeasureService(PolicyMeasureRepository measures, MeasureLinkRepository links,
                   MeasureReviewEntryRepository reviewLog, ConcernService concerns, JurisdictionService jurisdictions,
                   EditorialPolicy policy, CurrentUser currentUser, Clock clock) {
        this.measures = measures;
        this.links = links;
        this.reviewLog = reviewLog;
        this.concerns = concerns;
        this.jurisdictions = jurisdictions;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page of the measures the caller may see that match the filter, with their jurisdictions and platforms (the
     * platforms of the whole page in one more query).
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> list(MeasureFilter filter, Pageable pageable) {
        List<PolicyMeasure> page = measures.search(filter, policy.visibility(), pageable);
        page.forEach(measure -> Hibernate.initialize(measure.getPlatforms()));
        return page;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(MeasureFilter filter) {
        return measures.countMatching(filter, policy.visibility());
    }

    /**
     * The measure with its jurisdiction and platforms.
     *
     * @throws NoSuchElementException if there is no such measure
     * @throws org.springframework.security.access.AccessDeniedException if the caller may not see it
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public PolicyMeasure get(long id) {
        PolicyMeasure measure = measures.findWithDetailsById(id)
                .orElseThrow(() -> new NoSuchElementException("There is no measure " + id + "."));
        policy.requireSee(measure.getState(), measure.scope());
        return measure;
    }

    /** The measure's review log, oldest first; refused for a measure the caller may not see. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureReviewEntry> history(long id) {
        get(id);
        return reviewLog.findByMeasure(id);
    }

    /** Records a new measure as a draft (analysts and up covering its jurisdiction, the stored one its id names). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public PolicyMeasure create(@Valid PolicyMeasure measure) {
        if (!measure.isNew() || measure.getState() != PublicationState.DRAFT) {
            throw new WorkflowException("A new measure starts as a draft.");
        }
        useStoredJurisdiction(measure);
        policy.requireCreate(measure.scope());
        PolicyMeasure saved = measures.saveAndFlush(measure);
        log(saved, null, PublicationState.DRAFT, null);
        return saved;
    }

    /**
     * Saves changes to a measure as it was loaded, under the same rules as concerns: drafts by analysts, measures in
     * review or published by reviewers, archived by nobody, and cover of both jurisdictions when it moves. The rules
     * apply to the stored row the id names and to the stored jurisdiction the measure is moved to, whatever the object
     * passed in says about them.
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if someone else changed it meanwhile
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public PolicyMeasure update(@Valid PolicyMeasure measure) {
        ItemScope stored = storedScope(measure.getId());
        useStoredJurisdiction(measure);
        policy.requireUpdate(stored, measure.getState(), measure.scope());
        return measures.saveAndFlush(measure);
    }

    /** Moves the measure through the workflow, as {@link ConcernService#move} does for concerns. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public PolicyMeasure move(long id, long version, PublicationState target, @Nullable String comment) {
        PolicyMeasure measure = load(id);
        PublicationState from = measure.getState();
        policy.move(measure, version, measure.scope(), target, comment);
        PolicyMeasure saved = measures.saveAndFlush(measure);
        log(saved, from, target, comment);
        return saved;
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public MeasureReviewEntry comment(long id, String text) {
        PolicyMeasure measure = load(id);
        policy.requireComment(measure.getState(), measure.scope(), text);
        return log(measure, null, null, text);
    }

    /**
     * Whether the caller may delete the measure: a draft never published, by the analyst who created it or a reviewer
     * covering it ({@link EditorialPolicy#mayDelete}). False for a measure the caller may not see, or that does not
     * exist, so the answer reveals nothing.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean mayDelete(long id) {
        return measures.findById(id)
                .filter(this::visible)
                .map(measure -> policy.mayDelete(measure, measure.scope(), reviewLog.wasEverPublished(id)))
                .orElse(false);
    }

    /**
     * Deletes a draft that was never published (a mistake, see {@link EditorialPolicy#mayDelete}) with everything
     * that belongs only to it: its events and their lists of sources (the sources stay, others may cite them), its
     * links to and from other measures and to concerns, and its review log. All of it or nothing, in one transaction.
     *
     * @param version the version the caller saw; a measure changed since is not deleted
     * @throws ObjectOptimisticLockingFailureException if the measure changed since the caller saw it
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void delete(long id, long version) {
        PolicyMeasure measure = load(id);
        policy.requireDelete(measure, measure.scope(), reviewLog.wasEverPublished(id));
        if (measure.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PolicyMeasure.class, id);
        }
        // Its platforms and concerns are collections it owns: Hibernate deletes those rows. Its events (and their lists
        // of sources), its links to and from other measures and its review log go with the row, by the schema's
        // ON DELETE CASCADE (V3).
        measures.delete(measure);
        measures.flush();
    }

    /**
     * Measures the caller may see in the same jurisdiction, titled the same but for case and spaces
     * ({@link TitleKey}), other than {@code exceptId}: likely duplicates, to warn about before saving.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> likelyDuplicates(String jurisdictionCode, String title, @Nullable Long exceptId) {
        if (TextRules.cannotBeStored(jurisdictionCode)) {
            return List.of();
        }
        return measures.findLikeTitled(jurisdictionCode, TitleKey.of(title.strip())).stream()
                .filter(measure -> !measure.getId().equals(exceptId))
                .filter(this::visible)
                .toList();
    }

    /**
     * The links from and to the measure, as they read from it ("supersedes …", "challenged by …"), leaving out those
     * whose other measure the caller may not see; refused for a measure the caller may not see.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<LinkView> links(long id) {
        get(id);
        return links.findTouching(id).stream()
                .filter(link -> visible(link.getFromMeasure()) && visible(link.getToMeasure()))
                .map(link -> LinkView.of(link, id)).toList();
    }

    /**
     * Records that measure {@code fromId} supersedes, amends, repeals or challenges measure {@code toId}; whoever may
     * edit the first may link it.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void link(long fromId, LinkType type, long toId) {
        PolicyMeasure from = load(fromId);
        policy.requireEdit(from.getState(), from.scope());
        PolicyMeasure to = get(toId);
        if (fromId == toId) {
            throw new WorkflowException("A measure cannot be linked to itself.");
        }
        if (!links.existsByFromMeasureIdAndToMeasureIdAndType(fromId, toId, type)) {
            links.save(new MeasureLink(from, type, to));
        }
    }

    /**
     * Removes a link: whoever may edit its first measure and see the other may, as for {@link #link}; a link to a
     * measure the caller does not see is not theirs to remove.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void unlink(long linkId) {
        MeasureLink link = links.findById(linkId)
                .orElseThrow(() -> new NoSuchElementException("There is no link " + linkId + "."));
        PolicyMeasure from = link.getFromMeasure();
        policy.requireEdit(from.getState(), from.scope());
        PolicyMeasure to = link.getToMeasure();
        policy.requireSee(to.getState(), to.scope());
        links.delete(link);
    }

    /** The concerns this measure bears on that the caller may see; refused for a measure the caller may not see. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Concern> concerns(long id) {
        return get(id).concerns().stream()
                .filter(concern -> policy.maySee(concern.getState(), concern.scope()))
                .sorted(Comparator.comparing(Concern::getTitle)).toList();
    }

    /** The measures bearing on this concern that the caller may see; refused for a concern the caller may not see. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> bearingOn(long concernId) {
        concerns.get(concernId);
        return measures.findBearingOn(concernId, policy.visibility());
    }

    /** Records that the measure bears on the concern; whoever may edit the measure and see the concern may. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void linkConcern(long measureId, long concernId) {
        PolicyMeasure measure = load(measureId);
        policy.requireEdit(measure.getState(), measure.scope());
        measure.concerns().add(concerns.get(concernId));
    }

    /**
     * Removes the link between the measure and the concern; whoever may edit the measure and see the concern may, as
     * for {@link #linkConcern}.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void unlinkConcern(long measureId, long concernId) {
        PolicyMeasure measure = load(measureId);
        policy.requireEdit(measure.getState(), measure.scope());
        concerns.get(concernId);
        measure.concerns().removeIf(concern -> concern.getId() != null && concern.getId() == concernId);
    }

    /** The measures in force the caller may see: current status IN_FORCE, not archived. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long countInForce() {
        return measures.countInForce(policy.visibility());
    }

    /** Measures the caller may see that match the filter, counted by jurisdiction and current status. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureCounts.ByKeyAndStatus> countByJurisdictionAndStatus(MeasureFilter filter) {
        return measures.countByJurisdictionAndStatus(filter, policy.visibility());
    }

    /** Measures the caller may see that match the filter, counted by platform affected and current status. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<MeasureCounts.ByKeyAndStatus> countByPlatformAndStatus(MeasureFilter filter) {
        return measures.countByPlatformAndStatus(filter, policy.visibility());
    }

    /** The measures the caller may see that changed last, newest first, with their jurisdictions. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<PolicyMeasure> recentlyChanged(int limit) {
        return measures.search(MeasureFilter.ALL, policy.visibility(),
                PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "modifiedAt")));
    }

    private boolean visible(PolicyMeasure measure) {
        return policy.maySee(measure.getState(), measure.scope());
    }

    private ItemScope storedScope(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("Use create for a measure that is not saved yet");
        }
        return measures.findScopeById(id).orElseThrow(() -> new NoSuchElementException("There is no measure " + id + "."));
    }

    /**
     * Replaces the measure's jurisdiction by the stored row its id names, so that its scope is read from the row the
     * save will refer to, not from a code set in memory.
     */
    private void useStoredJurisdiction(PolicyMeasure measure) {
        measure.setJurisdiction(jurisdictions.stored(Objects.requireNonNull(measure.getJurisdiction())));
    }

    PolicyMeasure load(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("Use create for a measure that is not saved yet");
        }
        return measures.findById(id).orElseThrow(() -> new NoSuchElementException("There is no measure " + id + "."));
    }

    private MeasureReviewEntry log(PolicyMeasure measure, @Nullable PublicationState from,
                                   @Nullable PublicationState to, @Nullable String comment) {
        return reviewLog.save(new MeasureReviewEntry(measure, currentUser.require().getUsername(), Instant.now(clock),
                from, to, comment));
    }

    /** A link as it reads from one of its two measures. */
    public record LinkView(long linkId, String relation, long otherId, String otherTitle, boolean outgoing) {

        static LinkView of(MeasureLink link, long fromPointOfView) {
            boolean outgoing = link.getFromMeasure().getId() == fromPointOfView;
            PolicyMeasure other = outgoing ? link.getToMeasure() : link.getFromMeasure();
            return new LinkView(link.getId(), outgoing ? link.getType().forward() : link.getType().backward(),
                    other.getId(), other.getTitle(), outgoing);
        }
    }
}
