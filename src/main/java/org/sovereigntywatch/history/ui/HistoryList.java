package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.history.ChangeKind;
import org.sovereigntywatch.history.HistoryEntry;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * An item's history as people read it, in the order given (newest first): for each line, who did what and when, the
 * version it made, then each field it changed, "before → after", running texts as word diffs, and the comment written
 * with it.
 */
public class HistoryList extends Composite<Div> {

    private @Nullable IntConsumer restore;

    public HistoryList() {
        getContent().addClassName("history-list");
    }

    /**
     * Offers "Restore this version" on each earlier version of the item itself (not of its parts), handing the
     * version's number to {@code restore}; null offers none (for those who may not edit the item). Applies to the next
     * {@link #show}.
     */
    public void offerRestore(@Nullable IntConsumer restore) {
        this.restore = restore;
    }

    public void show(List<HistoryEntry> entries) {
        getContent().removeAll();
        int latest = entries.stream().filter(entry -> entry.subject() == null && entry.version() != null)
                .mapToInt(HistoryEntry::version).max().orElse(0);
        entries.forEach(entry -> getContent().add(line(entry, latest)));
        if (entries.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("history.empty")));
        }
    }

    private Div line(HistoryEntry entry, int latest) {
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
        entry.changes().forEach(change -> line.add(ChangeLine.of(change)));
        if (entry.comment() != null) {
            Paragraph comment = new Paragraph(entry.comment());
            comment.addClassName("history-comment");
            line.add(comment);
        }
        Integer version = entry.version();
        IntConsumer action = restore;
        if (action != null && version != null && version < latest && entry.subject() == null
                && entry.kind() != ChangeKind.DELETED) {
            Button button = new Button(getTranslation("history.restore"), click -> action.accept(version));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(getTranslation("history.restore") + " · " + getTranslation("history.version", version));
            line.add(button);
        }
        return line;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassName(className);
        return tag;
    }

}
