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
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.SaveShortcut;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ReviewEntry;

import java.util.List;
import java.util.Set;

/**
 * The review side of a publishable item: its state, the workflow moves the user may make (each may carry the comment
 * typed above the buttons), and the review log with its discussion. Moves and comments are fired as events for the
 * view to hand to its service; so is "Delete draft", offered only to those who may delete the item.
 */
public class ReviewPanel extends Composite<Div> {

    private final Badge state = new Badge();
    private final TextArea comment = new TextArea("Comment");
    private final Div moves = new Div();
    private final Button addComment = new Button("Add comment");
    private final Div log = new Div();
    private final Button delete = new Button("Delete draft");

    public ReviewPanel() {
        comment.setWidthFull();
        comment.setHelperText("Sent with a move, or on its own; required to return an item to draft");
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
        getContent().add(new H3("Review"), state, comment, moves, delete, log);
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
            log.add(new Paragraph("Nothing yet."));
        }
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
        Button button = new Button(verb(target), click -> fireEvent(new MoveEvent(this, target, comment.getValue())));
        button.addThemeVariants(target == PublicationState.ARCHIVED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        if (target == PublicationState.DRAFT) {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** What the button that moves an item to {@code target} says. */
    static String verb(PublicationState target) {
        return switch (target) {
            case DRAFT -> "Return to draft";
            case IN_REVIEW -> "Submit for review";
            case PUBLISHED -> "Publish";
            case ARCHIVED -> "Archive";
        };
    }

    private static Div line(ReviewEntry entry) {
        String what = entry.isMove()
                ? (entry.getFromState() == null ? "created it as " + entry.getToState().label()
                        : "moved it from " + entry.getFromState().label() + " to " + entry.getToState().label())
                : "commented";
        Span header = new Span(BrowserTime.format(entry.getAt()) + " · " + entry.getAuthor() + " " + what);
        header.addClassName("review-log-header");
        Div line = new Div(header);
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
