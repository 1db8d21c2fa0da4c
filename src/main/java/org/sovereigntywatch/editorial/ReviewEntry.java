package org.sovereigntywatch.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.AuditedEntity;
import org.sovereigntywatch.base.MultiLineText;
import org.sovereigntywatch.base.PlainText;

import java.time.Instant;

/**
 * One line of a publishable item's review log ({@link ReviewLog}), never changed once written: either a workflow move
 * (from and to set, with an optional comment) or a comment in the review discussion (no states). Every publishable
 * kind keeps its lines in the one table, naming its items by kind and id.
 */
@Entity
public class ReviewEntry {

    public static final int COMMENT_MAX = 2000;
    public static final int KIND_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private @Nullable Long id;

    /** The publishable kind the item is: "concern", "measure". */
    @PlainText
    @Column(nullable = false, updatable = false, length = KIND_MAX)
    private String itemKind = "";

    @Column(nullable = false, updatable = false)
    private long itemId;

    @PlainText
    @Column(nullable = false, updatable = false, length = AuditedEntity.USERNAME_MAX)
    private String author = "";

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private @Nullable PublicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private @Nullable PublicationState toState;

    @MultiLineText
    @Column(updatable = false, length = COMMENT_MAX)
    private @Nullable String comment;

    /** The revision a move made (its state change and any edit saved with it); none for a comment. */
    @Column(name = "revision_id", updatable = false)
    private @Nullable Long revision;

    protected ReviewEntry() {
    }

    ReviewEntry(String itemKind, long itemId, String author, Instant at, @Nullable PublicationState fromState,
                @Nullable PublicationState toState, @Nullable String comment, @Nullable Long revision) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.author = author;
        this.at = at;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.revision = revision;
    }

    public @Nullable Long getId() {
        return id;
    }

    /** The username of who made the move or wrote the comment. */
    public String getAuthor() {
        return author;
    }

    public Instant getAt() {
        return at;
    }

    /** The state before the move; null for a comment, and for the creation of the item. */
    public @Nullable PublicationState getFromState() {
        return fromState;
    }

    /** The state after the move; null for a comment. */
    public @Nullable PublicationState getToState() {
        return toState;
    }

    public @Nullable String getComment() {
        return comment;
    }

    /**
     * The revision of the item this move made, so that a publication names exactly what was published; null for a
     * comment and for moves logged before history was kept.
     */
    public @Nullable Long getRevision() {
        return revision;
    }

    public boolean isMove() {
        return toState != null;
    }
}
