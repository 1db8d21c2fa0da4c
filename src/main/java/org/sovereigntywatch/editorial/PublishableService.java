package org.sovereigntywatch.editorial;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.WorkflowException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The review-and-publish workflow of one publishable kind, written once: the service of each kind (concerns, policy
 * measures) extends this and so offers the same reads, writes and moves under the same rules
 * ({@link EditorialPolicy}), each move and comment written to the one {@link ReviewLog}.
 * <p>
 * Writes take the item as it was loaded, with its version: a save, move or delete based on a stale copy fails with
 * {@link ObjectOptimisticLockingFailureException} and changes nothing. Scope is decided on stored rows: the item's
 * state and jurisdiction as the database holds them ({@link PublishableRepository#findScopeById}), and the stored
 * jurisdictions the item passed in names by id ({@link #useStoredReferences}), so a copy whose jurisdiction code,
 * state or id was changed in memory changes nothing its caller may not change. Reads of one item refuse an item the
 * caller may not see with {@link AccessDeniedException}.
 * <p>
 * The subclass is the {@code @Service}; the guards and the validation below apply to it.
 *
 * @param <T> the kind's entity
 */
@FeatureApi
@Validated
public abstract class PublishableService<T extends Publishable> {

    private final String kind;
    private final PublishableRepository<T> items;
    protected final EditorialPolicy policy;
    private final ReviewLog reviewLog;
    @PersistenceContext
    private EntityManager entityManager;

    /**
     * @param kind the kind's name, stored with each line of its review log ({@link ReviewLog#register}: never rename
     *             it, at most {@value ReviewEntry#KIND_MAX} characters) and the noun of its messages: "concern"
     */
    protected PublishableService(String kind, PublishableRepository<T> items, EditorialPolicy policy,
                                 ReviewLog reviewLog) {
        this.kind = reviewLog.register(kind);
        this.items = items;
        this.policy = policy;
        this.reviewLog = reviewLog;
    }

    /** The kind's name: "concern". */
    @PreAuthorize("hasRole('VIEWER')")
    public String kind() {
        return kind;
    }

    /**
     * Replaces what the item's scope is read from (its jurisdictions) by the stored rows their ids name, before any
     * decision is taken on the item's scope.
     */
    protected abstract void useStoredReferences(T item);

    /** Checks and completes an item about to be created or updated, after the policy allowed the write. */
    protected void beforeSave(T item) {
    }

    /**
     * The item with what its page shows.
     *
     * @throws NoSuchElementException if there is no such item
     * @throws AccessDeniedException  if the caller may not see it
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public T get(long id) {
        T item = items.findWithDetailsById(id).orElseThrow(() -> missing(id));
        policy.requireSee(item.getState(), item.scope());
        return item;
    }

    /**
     * The item's review log, oldest first: its workflow moves and the review discussion.
     *
     * @throws AccessDeniedException if the caller may not see the item
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<ReviewEntry> history(long id) {
        get(id);
        return reviewLog.entries(kind, id);
    }

    /**
     * Records a new item as a draft.
     *
     * @throws AccessDeniedException unless the caller is an analyst or up covering the item's jurisdiction (the stored
     *                               one its id names)
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public T create(@Valid T item) {
        if (!item.isNew() || item.getState() != PublicationState.DRAFT) {
            throw new WorkflowException("A new " + kind + " starts as a draft.");
        }
        useStoredReferences(item);
        policy.requireCreate(item.scope());
        beforeSave(item);
        T saved = items.saveAndFlush(item);
        reviewLog.record(kind, saved.getId(), null, PublicationState.DRAFT, null);
        return saved;
    }

    /**
     * Saves changes to an item as it was loaded. Drafts are edited by analysts and up, items in review or published
     * by reviewers and up, archived ones by nobody; moving an item to another jurisdiction needs cover of both. The
     * state only changes through {@link #move}.
     *
     * @throws ObjectOptimisticLockingFailureException if someone else changed it meanwhile
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public T update(@Valid T item) {
        ItemScope stored = items.findScopeById(requireSaved(item.getId())).orElseThrow(() -> missing(item.getId()));
        useStoredReferences(item);
        policy.requireUpdate(stored, item.getState(), item.scope());
        beforeSave(item);
        return items.saveAndFlush(item);
    }

    /**
     * Moves the item through the workflow: submit for review (analysts), publish, return to draft (with a comment)
     * or archive (reviewers), logging who, when, from, to and the comment.
     *
     * @param version the version the caller saw; an item changed since is not moved
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public T move(long id, long version, PublicationState target, @Nullable String comment) {
        T item = load(id);
        PublicationState from = item.getState();
        policy.move(item, version, item.scope(), target, comment);
        T saved = items.saveAndFlush(item);
        reviewLog.record(kind, id, from, target, comment);
        return saved;
    }

    /** Adds a comment to the item's review discussion (analysts and up in scope). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public ReviewEntry comment(long id, String text) {
        T item = lockedForLog(id);
        policy.requireComment(item.getState(), item.scope(), text);
        return reviewLog.record(kind, id, null, null, text);
    }

    /**
     * Whether the caller may delete the item: a draft never published, by the analyst who created it or a reviewer
     * covering it ({@link EditorialPolicy#mayDelete}). False for an item the caller may not see, or that does not
     * exist, so the answer reveals nothing.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public boolean mayDelete(long id) {
        return items.findById(id)
                .filter(item -> policy.maySee(item.getState(), item.scope()))
                .map(item -> policy.mayDelete(item, item.scope(), reviewLog.wasEverPublished(kind, id)))
                .orElse(false);
    }

    /**
     * Deletes a draft that was never published (a mistake, see {@link EditorialPolicy#mayDelete}) with its review log
     * and everything that belongs only to it (what the schema deletes with its row: see each kind's service). All of
     * it or nothing, in one transaction.
     *
     * @param version the version the caller saw; an item changed since is not deleted
     * @throws ObjectOptimisticLockingFailureException if the item changed since the caller saw it
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void delete(long id, long version) {
        T item = lockedForLog(id);
        policy.requireDelete(item, item.scope(), reviewLog.wasEverPublished(kind, id));
        if (item.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(item.getClass(), id);
        }
        reviewLog.forget(kind, id);
        items.delete(item);
        items.flush();
    }

    /** The item as stored, for a write; the caller's checks follow. */
    protected T load(long id) {
        return items.findById(id).orElseThrow(() -> missing(id));
    }

    /**
     * The item as stored, its row locked until the transaction ends. The review log names items without a foreign key
     * (one table for every kind), so a comment and a delete of the same draft take turns on the item's row: else a
     * comment written while the draft is deleted would outlive it.
     */
    private T lockedForLog(long id) {
        T item = load(id);
        entityManager.lock(item, LockModeType.PESSIMISTIC_WRITE);
        return item;
    }

    /** Whether the caller may see the item, as {@link #get} decides. */
    protected boolean visible(T item) {
        return policy.maySee(item.getState(), item.scope());
    }

    private long requireSaved(@Nullable Long id) {
        if (id == null) {
            throw new IllegalArgumentException("Use create for a " + kind + " that is not saved yet");
        }
        return id;
    }

    private NoSuchElementException missing(@Nullable Long id) {
        return new NoSuchElementException("There is no " + kind + " " + id + ".");
    }
}
