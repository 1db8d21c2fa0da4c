package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.history.FieldChange;
import org.sovereigntywatch.history.HistoryEntry;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An item's history as people read it, in the order given (newest first): for each line, who did what and when, the
 * version it made, then each field it changed, "before → after", running texts as word diffs, and the comment written
 * with it.
 */
public class HistoryList extends Composite<Div> {

    public HistoryList() {
        getContent().addClassName("history-list");
    }

    public void show(List<HistoryEntry> entries) {
        getContent().removeAll();
        entries.forEach(entry -> getContent().add(line(entry)));
        if (entries.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("history.empty")));
        }
    }

    private Div line(HistoryEntry entry) {
        Span header = new Span(getTranslation("history.line." + entry.kind().name(), entry.at(), entry.username()));
        header.addClassName("history-header");
        Div line = new Div(header);
        line.addClassName("history-line");
        if (entry.version() != null) {
            line.add(tag(getTranslation("history.version", entry.version()), "history-version"));
        }
        if (entry.restoredFrom() != null) {
            line.add(tag(getTranslation("history.restored-from", entry.restoredFrom()), "history-restored"));
        }
        if (entry.subject() != null) {
            Div subject = new Div(Translations.text(entry.subject()));
            subject.addClassName("history-subject");
            line.add(subject);
        }
        entry.changes().forEach(change -> line.add(change(change)));
        if (entry.comment() != null) {
            Paragraph comment = new Paragraph(entry.comment());
            comment.addClassName("history-comment");
            line.add(comment);
        }
        return line;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassName(className);
        return tag;
    }

    /** "Likelihood: 3 → 4"; a running text as the words it lost and gained. */
    private Div change(FieldChange change) {
        Div shown = new Div(new Span(getTranslation("history.field", getTranslation(change.labelKey()))));
        shown.addClassName("history-change");
        if (change.longText() && change.before() != null && change.after() != null) {
            Div diff = new Div();
            diff.addClassName("history-diff");
            for (WordDiff.Part part : WordDiff.between((String) change.before(), (String) change.after())) {
                diff.add(switch (part.change()) {
                    case SAME -> new Span(part.text());
                    case REMOVED -> new Removed(part.text());
                    case ADDED -> new Added(part.text());
                });
            }
            shown.add(diff);
        } else {
            shown.add(new Removed(value(change.before())), new Span(" → "), new Added(value(change.after())));
        }
        return shown;
    }

    /** A value in the reader's words: enums by their labels, dates and numbers as the locale writes them. */
    static String value(@Nullable Object value) {
        return switch (value) {
            case null -> Translations.text("history.value.empty");
            case String text -> text;
            case Boolean yes -> Translations.text(yes ? "common.yes" : "common.no");
            case Collection<?> values -> values.stream().map(HistoryList::value).collect(Collectors.joining(", "));
            default -> Translations.text("history.value", value);
        };
    }

    /** What a change took away: struck through. */
    @Tag("del")
    static final class Removed extends HtmlContainer {
        Removed(String text) {
            setText(text);
            addClassName("history-removed");
        }
    }

    /** What a change put in. */
    @Tag("ins")
    static final class Added extends HtmlContainer {
        Added(String text) {
            setText(text);
            addClassName("history-added");
        }
    }
}
