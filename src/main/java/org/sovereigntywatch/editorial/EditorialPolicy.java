package org.sovereigntywatch.editorial;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.base.WorkflowException;
import org.sovereigntywatch.security.AppUserPrincipal;
import org.sovereigntywatch.security.CurrentUser;
import org.sovereigntywatch.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;

/**
 * Who may see, write and move a publishable item (a concern, a policy measure), by role and by the jurisdiction the
 * item belongs to. Every publishing feature's service asks here, so the rules are the same for all of them:
 * <ul>
 *     <li>everyone signed in sees published items; analysts and up also see the other states in their scope;</li>
 *     <li>an analyst creates and edits drafts in their scope and submits them for review;</li>
 *     <li>a reviewer in scope edits items in review and published ones, publishes, returns an item to draft (with a
 *     comment saying why) and archives;</li>
 *     <li>archived items are read-only for everyone;</li>
 *     <li>a draft that was never published may be deleted, by the analyst who created it or by a reviewer in scope:
 *     anything once published stays on record (archive it instead).</li>
 * </ul>
 * Sources follow the items that cite them ({@link #mayChangeSource}).
 * <p>
 * Every decision is taken on the item as the database holds it: services pass the state and jurisdiction code of the
 * stored row ({@link ItemScope}), and for a change of jurisdiction the code of the stored jurisdiction the change
 * names, never what an object passed in by a caller says about itself.
 * <p>
 * The {@code require…} methods throw with a message for the user, as a text put into the user's words when shown
 * ({@link RefusedException}, {@link WorkflowException}, {@link FieldErrorException}); the {@code may…} ones let views
 * hide what would be refused.
 */
@FeatureApi
@Component
public class EditorialPolicy {

    private final CurrentUser currentUser;

    EditorialPolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** What the signed-in user may see, for the queries behind grids, figures and reports. */
    public Visibility visibility() {
        AppUserPrincipal user = currentUser.require();
        return new Visibility(user.getRole().includes(Role.ANALYST), user.getCoveredCodes());
    }

    /**
     * The jurisdictions assigned to the signed-in user, without the subdivisions they cover with them, for telling
     * the user what they cover; empty means all.
     */
    public Set<String> assignedJurisdictions() {
        return currentUser.require().getJurisdictionCodes();
    }

    public boolean maySee(PublicationState state, String jurisdictionCode) {
        return visibility().includes(state, jurisdictionCode);
    }

    public boolean maySee(ItemScope item) {
        return maySee(item.state(), item.jurisdictionCode());
    }

    public boolean mayCreate(String jurisdictionCode) {
        AppUserPrincipal user = currentUser.require();
        return user.getRole().includes(Role.ANALYST) && user.covers(jurisdictionCode);
    }

    public boolean mayEdit(PublicationState state, String jurisdictionCode) {
        AppUserPrincipal user = currentUser.require();
        return state.isEditable() && user.getRole().includes(editorFor(state)) && user.covers(jurisdictionCode);
    }

    /** Whether the user may move an item in {@code state} to {@code target} (the workflow allowing it). */
    public boolean mayMove(PublicationState state, PublicationState target, String jurisdictionCode) {
        AppUserPrincipal user = currentUser.require();
        return state.canMoveTo(target) && user.getRole().includes(moverFor(target)) && user.covers(jurisdictionCode);
    }

    /** The moves the user may make from {@code state}, for the buttons a view shows. */
    public Set<PublicationState> movesFrom(PublicationState state, String jurisdictionCode) {
        Set<PublicationState> moves = EnumSet.noneOf(PublicationState.class);
        for (PublicationState target : state.next()) {
            if (mayMove(state, target, jurisdictionCode)) {
                moves.add(target);
            }
        }
        return moves;
    }

    /**
     * The states the user's role may move items to, wherever the item is and whatever its state: none for viewers,
     * "in review" for analysts, every state for reviewers and admins. For the bulk actions a register offers; each item
     * is still checked on its own ({@link #move}).
     */
    public Set<PublicationState> targetsOfRole() {
        Role role = currentUser.require().getRole();
        Set<PublicationState> targets = EnumSet.noneOf(PublicationState.class);
        for (PublicationState target : PublicationState.values()) {
            if (role.includes(moverFor(target))) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** Whether the user may comment in the review discussion of an item. */
    public boolean mayComment(PublicationState state, String jurisdictionCode) {
        AppUserPrincipal user = currentUser.require();
        return user.getRole().includes(Role.ANALYST) && user.covers(jurisdictionCode) && maySee(state, jurisdictionCode);
    }

    /**
     * Whether the user may delete {@code item}: only a draft that was never published ({@code everPublished}, from its
     * review log), since a mistake is worth undoing but a published record is not to vanish; by the analyst who
     * created it while it is in their scope, or by a reviewer or admin covering it.
     */
    public boolean mayDelete(Publishable item, String jurisdictionCode, boolean everPublished) {
        AppUserPrincipal user = currentUser.require();
        if (item.getState() != DRAFT || everPublished || !user.covers(jurisdictionCode)) {
            return false;
        }
        return user.getRole().includes(Role.REVIEWER)
                || user.getRole().includes(Role.ANALYST) && user.getUsername().equals(item.getCreatedBy());
    }

    public void requireSee(PublicationState state, String jurisdictionCode) {
        if (!maySee(state, jurisdictionCode)) {
            throw new RefusedException("editorial.refused.see");
        }
    }

    public void requireSee(ItemScope item) {
        requireSee(item.state(), item.jurisdictionCode());
    }

    public void requireCreate(String jurisdictionCode) {
        requireCoverage(jurisdictionCode);
        if (!mayCreate(jurisdictionCode)) {
            throw new RefusedException("editorial.refused.create");
        }
    }

    public void requireEdit(PublicationState state, String jurisdictionCode) {
        if (!state.isEditable()) {
            throw new WorkflowException("editorial.workflow.archived-read-only");
        }
        requireCoverage(jurisdictionCode);
        if (!mayEdit(state, jurisdictionCode)) {
            throw state == DRAFT ? new RefusedException("editorial.refused.edit-draft")
                    : new RefusedException("editorial.refused.edit", state);
        }
    }

    public void requireEdit(ItemScope item) {
        requireEdit(item.state(), item.jurisdictionCode());
    }

    /**
     * Refuses an update of an item unless the user may edit it as it is stored and where the update would put it:
     * moving an item to another jurisdiction needs cover of both. The state only changes through {@link #move}, so an
     * update asking for another state is refused too.
     *
     * @param stored         the item's state and scope as the database holds them
     * @param requestedState the state of the object the caller wants saved
     * @param targetCode     the code of the stored jurisdiction the update names as the item's scope
     */
    public void requireUpdate(ItemScope stored, PublicationState requestedState, String targetCode) {
        requireEdit(stored);
        requireEdit(stored.state(), targetCode);
        if (requestedState != stored.state()) {
            throw new WorkflowException("editorial.workflow.state-by-moves-only");
        }
    }

    /**
     * Whether the user may change a recorded source. A source is the evidence of every item citing it, and changing it
     * changes what each of them rests on, so the user must be one who may edit every one of those items
     * ({@link #mayEdit}: an analyst the drafts in their scope, a reviewer also what is in review or published there,
     * nobody an archived item). A source that nothing cites yet is changed by the user who recorded it, the only one
     * who sees it.
     *
     * @param citing     the items citing the source, as stored
     * @param recordedBy who recorded the source, as stored
     */
    public boolean mayChangeSource(Collection<ItemScope> citing, @Nullable String recordedBy) {
        AppUserPrincipal user = currentUser.require();
        if (!user.getRole().includes(Role.ANALYST)) {
            return false;
        }
        if (citing.isEmpty()) {
            return user.getUsername().equals(recordedBy);
        }
        return citing.stream().allMatch(item -> mayEdit(item.state(), item.jurisdictionCode()));
    }

    /** Refuses what {@link #mayChangeSource} does not allow, with one message whatever cites the source. */
    public void requireChangeSource(Collection<ItemScope> citing, @Nullable String recordedBy) {
        if (!mayChangeSource(citing, recordedBy)) {
            // One message for every reason, so that a refusal tells nothing about items the user may not see.
            throw new RefusedException("editorial.refused.change-source");
        }
    }

    /** Refuses what {@link #mayDelete} does not allow, saying why. */
    public void requireDelete(Publishable item, String jurisdictionCode, boolean everPublished) {
        requireCoverage(jurisdictionCode);
        if (item.getState() != DRAFT) {
            throw new WorkflowException("editorial.workflow.delete-drafts-only", item.getState());
        }
        if (everPublished) {
            throw new WorkflowException("editorial.workflow.delete-once-published");
        }
        if (!mayDelete(item, jurisdictionCode, false)) {
            throw new RefusedException("editorial.refused.delete");
        }
    }

    /**
     * Refuses a move the workflow does not allow, one the user's role or scope does not allow, and a return to
     * draft without a comment.
     */
    public void requireMove(PublicationState state, PublicationState target, String jurisdictionCode,
                            @Nullable String comment) {
        if (!state.canMoveTo(target)) {
            throw new WorkflowException(PublicationState.MOVE_NOT_ALLOWED, state, target);
        }
        requireCoverage(jurisdictionCode);
        if (!currentUser.require().getRole().includes(moverFor(target))) {
            throw target == IN_REVIEW ? new RefusedException("editorial.refused.submit")
                    : new RefusedException("editorial.refused.move", target);
        }
        requireReasonFor(target, comment);
    }

    /**
     * Refuses a return to draft without a comment saying why: the analyst will read it. Checked with each move, and
     * once before a bulk move, so that a missing comment is one message rather than one refusal per item.
     */
    public static void requireReasonFor(PublicationState target, @Nullable String comment) {
        if (target == DRAFT && (comment == null || comment.isBlank())) {
            throw new FieldErrorException("comment", "editorial.comment.reason-required");
        }
    }

    /**
     * Moves {@code item} to {@code target} for the signed-in user, after every check a move needs: the item has not
     * changed since the user saw it ({@code seenVersion}), the workflow, role and scope allow the move, and the
     * comment is acceptable. The caller saves the item and logs the move.
     *
     * @throws ObjectOptimisticLockingFailureException if the item changed since the user saw it
     */
    public void move(Publishable item, long seenVersion, String jurisdictionCode, PublicationState target,
                     @Nullable String comment) {
        if (item.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(item.getClass(), item.getId());
        }
        requireCommentFits(comment);
        requireMove(item.getState(), target, jurisdictionCode, comment);
        item.moveTo(target);
    }

    /**
     * Refuses a comment that is too long or holds a character no text may hold ({@link TextRules}: a comment is
     * multi-line), naming the comment field, before anything is written.
     */
    public static void requireCommentFits(@Nullable String comment) {
        if (comment != null && comment.strip().length() > ReviewEntry.COMMENT_MAX) {
            throw new FieldErrorException("comment", "editorial.comment.too-long", ReviewEntry.COMMENT_MAX);
        }
        TextRules.problemInLines(comment).ifPresent(problem -> {
            throw new FieldErrorException("comment", problem);
        });
    }

    /** Checks a comment added to the review discussion: the user may comment, and the text is there and fits. */
    public void requireComment(PublicationState state, String jurisdictionCode, String text) {
        requireComment(state, jurisdictionCode);
        if (text.isBlank()) {
            throw new FieldErrorException("comment", "editorial.comment.empty");
        }
        requireCommentFits(text);
    }

    public void requireComment(PublicationState state, String jurisdictionCode) {
        requireCoverage(jurisdictionCode);
        if (!mayComment(state, jurisdictionCode)) {
            throw new RefusedException("editorial.refused.comment");
        }
    }

    private void requireCoverage(String jurisdictionCode) {
        currentUser.requireCoverage(jurisdictionCode);
    }

    /** The least role that edits an item in this state. */
    private static Role editorFor(PublicationState state) {
        return state == DRAFT ? Role.ANALYST : Role.REVIEWER;
    }

    /** The least role that moves an item to this state. */
    private static Role moverFor(PublicationState target) {
        return target == IN_REVIEW ? Role.ANALYST : Role.REVIEWER;
    }
}
