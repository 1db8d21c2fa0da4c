package org.sovereigntywatch.editorial;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.history.ChangeKind;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.history.HistoryFields;
import org.sovereigntywatch.history.ItemHistory;
import org.sovereigntywatch.history.Revisions;
import org.sovereigntywatch.history.Version;
import org.sovereigntywatch.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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

    /** The most items one bulk action takes: more would hold the user's page for minutes. */
    public static final int BULK_MAX = 10_000;
    /** The label of the workflow state in an item's history. */
    public static final String STATE_LABEL = "common.state";

    private final String kind;
    private final PublishableRepository<T> items;
    protected final EditorialPolicy policy;
    private final ReviewLog reviewLog;
    private final NewItemValidator newItemValidator;
    private final ItemHistory itemHistory;
    @Autowired
    private Revisions revisions;
    private volatile @Nullable HistoryFields<T> historyFields;
    @PersistenceContext
    private EntityManager entityManager;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private CurrentUser currentUser;
    /**
     * This service as Spring hands it out: a bulk action calls the single actions through it, so that each item gets
     * their guard, validation and a transaction of its own, and one refusal undoes nothing done to the others.
     */
    @Autowired
    @Lazy
    private PublishableService<T> self;

    /**
     * @param kind the kind's name, stored with each line of its review log ({@link ReviewLog#register}: never rename
     *             it, at most {@value ReviewEntry#KIND_MAX} characters), and the key of its nouns in the texts
     *             ({@link #kindNoun}): "concern"
     */
    protected PublishableService(String kind, PublishableRepository<T> items, EditorialPolicy policy,
                                 ReviewLog reviewLog, NewItemValidator newItemValidator, ItemHistory itemHistory) {
        this.kind = reviewLog.register(kind);
        this.items = items;
        this.policy = policy;
        this.reviewLog = reviewLog;
        this.newItemValidator = newItemValidator;
        this.itemHistory = itemHistory;
    }

    /** The kind's name: "concern". */
    @PreAuthorize("hasRole('VIEWER')")
    public String kind() {
        return kind;
    }

    /** The noun that names one item of a kind in the user's language: "concern", « préoccupation ». */
    public static Text kindNoun(String kind) {
        return new Text("editorial.kind." + kind);
    }

    /** The noun that names several items of a kind: "concerns", « préoccupations ». */
    public static Text kindPlural(String kind) {
        return new Text("editorial.kind." + kind + ".plural");
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
    public List<ReviewEntry> reviewLog(long id) {
        get(id);
        return reviewLog.entries(kind, id);
    }

    /**
     * The item's history, newest first: every change to its fields (and, for some kinds, to its parts: see
     * {@link #historyOfParts}) with who made it and when, the workflow moves with their comments, and the review
     * discussion.
     *
     * @throws AccessDeniedException if the caller may not see the item
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        get(id);
        List<HistoryEntry> own = itemHistory.entries(historyFields(), id);
        return ReviewStream.merge(own, historyOfParts(id), reviewLog.entries(kind, id));
    }

    /**
     * The item as it stood at {@code moment}, read-only, with what its page shows: for a page "as of" a past date. The
     * caller sees it if they may see it in the state and scope it had then: a viewer, an item published then.
     *
     * @throws NoSuchElementException if the item did not exist then
     * @throws AccessDeniedException  if the caller may not see it as it stood then
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public T asOf(long id, Instant moment) {
        T version = itemHistory.at(historyFields().type(), id, moment).orElseThrow(() -> missing(id));
        policy.requireSee(version.getState(), version.scope());
        // Reads every field the page shows while the session is open: related items are loaded on first use.
        historyFields().changes(null, version);
        return version;
    }

    /**
     * The item's last publication: the version it published, by whom and when, and what changed in its fields since.
     * Empty for an item never published since history was kept.
     *
     * @throws AccessDeniedException if the caller may not see the item
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<SignOff> signOff(long id) {
        get(id);
        return reviewLog.lastPublication(kind, id).flatMap(publication -> {
            List<Version<T>> versions = itemHistory.versions(historyFields().type(), id);
            return versions.stream().filter(version -> version.revision().getId() == publication.getRevision())
                    .findFirst()
                    .map(published -> new SignOff(published.number(), publication.getAuthor(), publication.getAt(),
                            historyFields().changes(published.item(), versions.getLast().item()).stream()
                                    .filter(change -> !change.labelKey().equals(STATE_LABEL)).toList()));
        });
    }

    /**
     * Puts back the item's fields as version {@code number} of its history left them, as a new change: the same save
     * an edit in the form makes ({@link #update}), under the same rules (whoever may edit the item in its current
     * state, in scope; valid values), recorded as restored from that version. The state stays as it is: only the
     * workflow moves it.
     *
     * @param version the item's version the caller saw; an item changed since is not restored
     * @param number  the number of the version to restore, as its history shows it
     * @throws WorkflowException                       if there is no such version, or it holds what the item holds now
     * @throws ObjectOptimisticLockingFailureException if someone changed the item since the caller saw it
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public T restore(long id, long version, int number) {
        T item = load(id);
        if (item.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(item.getClass(), id);
        }
        Version<T> restored = itemHistory.versions(historyFields().type(), id).stream()
                .filter(stored -> stored.number() == number && stored.kind() != ChangeKind.DELETED).findFirst()
                .orElseThrow(() -> new WorkflowException("history.restore.no-such-version", number));
        if (historyFields().changes(item, restored.item()).stream()
                .allMatch(change -> change.labelKey().equals(STATE_LABEL))) {
            throw new WorkflowException("history.restore.same", number);
        }
        // A copy, saved as the form saves one: the stored row is what the checks read, not this copy.
        entityManager.detach(item);
        copyFields(restored.item(), item);
        T saved = self.update(item);
        revisions.markAsRestoreOf(restored.revision().getId());
        return saved;
    }

    /**
     * Copies the fields an edit may change from a stored version into a copy of the item, for {@link #restore}:
     * related items as the stored rows their ids name ({@link #stored}).
     */
    protected abstract void copyFields(T version, T into);

    /** The stored row of the item a version refers to, by its id; null for none. */
    protected <R> @Nullable R stored(Class<R> type, @Nullable R version) {
        return version == null ? null : entityManager.getReference(type,
                entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(version));
    }

    /** The fields the kind's history shows, with the state the workflow moves it through. */
    protected HistoryFields<T> historyFields() {
        HistoryFields<T> fields = this.historyFields;
        if (fields == null) {
            fields = describeHistory().field(STATE_LABEL, Publishable::getState);
            this.historyFields = fields;
        }
        return fields;
    }

    /** The fields of the kind's history, in the order its form shows them: see {@link HistoryFields}. */
    protected abstract HistoryFields<T> describeHistory();

    /** History lines of the item's parts, shown with its own (a measure's events and links); none by default. */
    protected List<HistoryEntry> historyOfParts(long id) {
        return List.of();
    }

    /** Tells the application's listeners of something the kind did, in the current transaction. */
    protected void publish(Object event) {
        events.publishEvent(event);
    }

    /** Reads the stored versions of items, for the kinds' histories. */
    protected ItemHistory itemHistory() {
        return itemHistory;
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
            throw new WorkflowException("editorial.workflow.new-starts-as-draft");
        }
        useStoredReferences(item);
        policy.requireCreate(item.scope());
        beforeSave(item);
        T saved = items.saveAndFlush(item);
        reviewLog.record(kind, saved.getId(), null, PublicationState.DRAFT, null);
        return saved;
    }

    /**
     * Records new items as drafts, each checked as {@link #create} checks one, for an import: the inserts wait for the
     * transaction's next flush, which sends them in batches, instead of one round trip each.
     *
     * @return the items, now with their ids
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public List<T> createAll(List<T> newItems) {
        for (T item : newItems) {
            if (!item.isNew() || item.getState() != PublicationState.DRAFT) {
                throw new WorkflowException("editorial.workflow.new-starts-as-draft");
            }
        }
        // Validated here rather than by method validation, which would ask Hibernate whether each property is loaded.
        newItemValidator.requireValid(newItems);
        for (T item : newItems) {
            useStoredReferences(item);
            policy.requireCreate(item.scope());
            beforeSave(item);
        }
        List<T> saved = items.saveAll(newItems);
        reviewLog.recordAll(kind, saved.stream().map(item -> Objects.requireNonNull(item.getId())).toList(),
                PublicationState.DRAFT);
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
        events.publishEvent(new ItemMoved(kind, id, saved.scope(), from, target, comment,
                currentUser.require().getUsername(), saved.responsible(), saved.subjects()));
        return saved;
    }

    /**
     * Moves each of these items as {@link #move} would, one by one, each in its own transaction with the version
     * stored when its turn comes: what the caller may not move stays as it is, listed with the reason, and does not
     * undo the others. A return to draft needs its comment, given once for all.
     *
     * @param ids     at most {@value #BULK_MAX} items; the same id twice counts once
     * @param comment logged with each move; required for a return to draft
     * @throws org.sovereigntywatch.base.FieldErrorException for a missing or unfit comment, before any item is moved
     * @throws WorkflowException                              for more than {@value #BULK_MAX} items
     */
    @PreAuthorize("hasRole('ANALYST')")
    public BulkResult moveAll(Collection<Long> ids, PublicationState target, @Nullable String comment) {
        return moveAll(ids, target, comment, TaskProgress.NONE);
    }

    /**
     * Moves each of these items as {@link #moveAll(Collection, PublicationState, String)} does, telling
     * {@code progress} how many it handled after each one and stopping when it is cancelled: the items moved by then
     * stay moved (each had its own transaction), the others are listed as refused, not done.
     */
    @PreAuthorize("hasRole('ANALYST')")
    public BulkResult moveAll(Collection<Long> ids, PublicationState target, @Nullable String comment,
                              TaskProgress progress) {
        EditorialPolicy.requireCommentFits(comment);
        EditorialPolicy.requireReasonFor(target, comment);
        return eachItem(ids, progress, item -> {
            if (item.getState() == target) {
                throw new WorkflowException("bulk.refused.already", target);
            }
            self.move(item.getId(), item.getVersion(), target, comment);
        });
    }

    /** Adds a comment to the item's review discussion (analysts and up in scope). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public ReviewEntry comment(long id, String text) {
        T item = lockedForLog(id);
        policy.requireComment(item.getState(), item.scope(), text);
        ReviewEntry entry = reviewLog.record(kind, id, null, null, text);
        Set<String> participants = new HashSet<>(item.responsible());
        participants.addAll(reviewLog.authors(kind, id));
        events.publishEvent(new ItemCommented(kind, id, item.scope(), item.getState(), entry.getAuthor(), text,
                participants));
        return entry;
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

    /**
     * Applies {@code change} to each item in turn, as the caller may see it ({@link #get}), and lists it as done or as
     * refused with the reason. The change writes through {@link #self} (the single action, with its own checks and
     * transaction); this method has no transaction, so each item's stands alone. An item the caller may not see is
     * refused without its title, as if it did not exist.
     * <p>
     * {@code progress} hears how many items were handled (done or refused) after each one; once it is cancelled, the
     * items not reached yet are refused as not done, without their titles (which would cost a query each).
     *
     * @throws WorkflowException for more than {@value #BULK_MAX} items
     */
    protected BulkResult eachItem(Collection<Long> ids, TaskProgress progress, Consumer<T> change) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(ids);
        requireBulkSize(distinct.size());
        List<BulkResult.Done> done = new ArrayList<>();
        List<BulkResult.Refused> refused = new ArrayList<>();
        for (long id : distinct) {
            if (progress.cancelled()) {
                refused.add(new BulkResult.Refused(id, null, BulkRefusal.CANCELLED));
                continue;
            }
            apply(id, change, done, refused);
            progress.advanced(done.size() + refused.size());
        }
        return new BulkResult(done, refused);
    }

    /** Changes one item of a bulk action, adding it to {@code done} or, with the reason, to {@code refused}. */
    private void apply(long id, Consumer<T> change, List<BulkResult.Done> done, List<BulkResult.Refused> refused) {
        T item;
        try {
            item = self.get(id);
        } catch (NoSuchElementException | AccessDeniedException unseen) {
            refused.add(new BulkResult.Refused(id, null, BulkRefusal.UNSEEN));
            return;
        }
        try {
            change.accept(item);
            done.add(new BulkResult.Done(id, item.getTitle()));
        } catch (RuntimeException failure) {
            refused.add(new BulkResult.Refused(id, item.getTitle(), BulkRefusal.reason(failure)));
        }
    }

    /** This service through its proxy, for subclasses' bulk changes: see {@link #eachItem}. */
    protected PublishableService<T> self() {
        return self;
    }

    /**
     * The ids matching a register's filter, for "select all matching": refused when there are more than a bulk action
     * takes, so the user narrows the filter rather than acting on a part they did not choose.
     *
     * @param ids the first {@value #BULK_MAX} + 1 matching ids, or all of them if fewer
     */
    protected List<Long> withinBulkLimit(List<Long> ids) {
        requireBulkSize(ids.size());
        return ids;
    }

    private void requireBulkSize(int count) {
        if (count > BULK_MAX) {
            throw new WorkflowException("bulk.too-many", BULK_MAX, kindPlural(kind));
        }
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
