package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.history.FieldChange;

import java.util.Collection;
import java.util.stream.Collectors;

/** One field's change as people read it: "Likelihood: 3 → 4"; a running text as the words it lost and gained. */
public final class ChangeLine {

    private ChangeLine() {
    }

    public static Div of(FieldChange change) {
        Div shown = new Div(new Span(Translations.text("history.field", Translations.text(change.labelKey()))));
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
            case Collection<?> values -> values.stream().map(ChangeLine::value).collect(Collectors.joining(", "));
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
