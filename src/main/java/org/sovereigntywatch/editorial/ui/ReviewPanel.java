package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.SaveShortcut;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ReviewEntry;
import org.sovereigntywatch.editorial.SignOff;
import org.sovereigntywatch.history.ui.ChangeLine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review side of a publishable item: its state, the workflow moves the user may make (each may carry the comment
 * typed above the buttons), and the review log with its discussion. Moves and comments are fired as events for the
 * view to hand to its service; so is "Delete draft", offered only to those who may delete the item.
 */
public class ReviewPanel extends Composite<Div> {

    private final Badge state = new Badge();
    private final Div signOff = new Div();
    private final TextArea comment = new TextArea(getTranslation("review.comment"));
    private final Div moves = new Div();
    private final Button addComment = new Button(getTranslation("review.comment.add"));
    private final Div log = new Div();
    private final Button delete = new Button(getTranslation("review.delete"));

    public ReviewPanel() {
        comment.setWidthFull();
        comment.setHelperText(getTranslation("review.comment.helper"));
        TextLimit.apply(comment, ReviewEntry.COMMENT_MAX);
        addComment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addComment.addClickListener(click -> fireEvent(new CommentEvent(this, comment.getValue())));
        SaveShortcut.register(addComment, comment);
        moves.addClassName("review-moves");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this)));
        delete.setVisible(false);
        log.addClassName("review-log");
        getContent().addClassName("review-panel");
        signOff.addClassName("sign-off");
        getContent().add(new H3(getTranslation("review.title")), state, signOff, comment, moves, delete, log);
    }

    /**
     * Shows the item's state, the moves offered to the user, and the log.
     *
     * @param mayComment whether the user takes part in the discussion (the comment box is hidden otherwise)
     */
    public void show(PublicationState current, Set<PublicationState> allowedMoves, boolean mayComment,
                     List<ReviewEntry> entries) {
        state.show(StateBadge.label(current), StateBadge.variant(current));
        comment.clear();
        comment.setInvalid(false);
        comment.setVisible(mayComment || !allowedMoves.isEmpty());
        addComment.setVisible(mayComment);
        moves.removeAll();
        moves.add(addComment);
        allowedMoves.stream().sorted().forEach(target -> moves.add(moveButton(target)));
        log.removeAll();
        entries.forEach(entry -> log.add(line(entry)));
        if (entries.isEmpty()) {
            log.add(new Paragraph(getTranslation("review.log.empty")));
        }
    }

    /**
     * Shows the item's last publication, "Published version 4 by reviewer on …", and whether its fields changed since,
     * field by field; nothing for an item never published.
     */
    public void showSignOff(Optional<SignOff> published) {
        signOff.removeAll();
        published.ifPresent(last -> {
            signOff.add(new Paragraph(getTranslation("history.sign-off", last.version(), last.reviewer(), last.at())));
            signOff.add(new Paragraph(getTranslation(last.changed() ? "history.sign-off.changed"
                    : "history.sign-off.unchanged")));
            last.changedSince().forEach(change -> signOff.add(ChangeLine.of(change)));
        });
    }

    /** Offers "Delete draft" or not: only to those the service would let delete the item. */
    public void offerDelete(boolean allowed) {
        delete.setVisible(allowed);
    }

    /** Marks the comment box with a problem found with it (too long, missing for a return to draft). */
    public void showCommentProblem(String message) {
        comment.setErrorMessage(message);
        comment.setInvalid(true);
    }

    private Button moveButton(PublicationState target) {
        Button button = new Button(getTranslation(verbKey(target)),
                click -> fireEvent(new MoveEvent(this, target, comment.getValue())));
        button.addThemeVariants(target == PublicationState.ARCHIVED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        if (target == PublicationState.DRAFT) {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** The key of what the button that moves an item to {@code target} says: "Publish". */
    static String verbKey(PublicationState target) {
        return "review.move." + target.name();
    }

    /** A line of the log: when, who, and what they did (states by their labels), then the comment if any. */
    private Div line(ReviewEntry entry) {
        String header = !entry.isMove() ? getTranslation("review.log.commented", entry.getAt(), entry.getAuthor())
                : entry.getFromState() == null
                ? getTranslation("review.log.created", entry.getAt(), entry.getAuthor(), entry.getToState())
                : getTranslation("review.log.moved", entry.getAt(), entry.getAuthor(), entry.getFromState(),
                        entry.getToState());
        Span headerLine = new Span(header);
        headerLine.addClassName("review-log-header");
        Div line = new Div(headerLine);
        line.addClassName("review-log-line");
        if (entry.getComment() != null) {
            Paragraph text = new Paragraph(entry.getComment());
            text.addClassName("review-log-comment");
            line.add(text);
        }
        return line;
    }

    public Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    public Registration addCommentListener(ComponentEventListener<CommentEvent> listener) {
        return addListener(CommentEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** The user asked to move the item to {@link #target()}, with the comment typed (possibly blank). */
    public static final class MoveEvent extends ComponentEvent<ReviewPanel> {
        private final PublicationState target;
        private final String comment;

        MoveEvent(ReviewPanel source, PublicationState target, String comment) {
            super(source, false);
            this.target = target;
            this.comment = comment;
        }

        public PublicationState target() {
            return target;
        }

        public String comment() {
            return comment;
        }
    }

    /** The user added a comment to the discussion. */
    public static final class CommentEvent extends ComponentEvent<ReviewPanel> {
        private final String text;

        CommentEvent(ReviewPanel source, String text) {
            super(source, false);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The user asked to delete the item; the view confirms before anything is deleted. */
    public static final class DeleteEvent extends ComponentEvent<ReviewPanel> {

        DeleteEvent(ReviewPanel source) {
            super(source, false);
        }
    }
}
