package org.sovereigntywatch.base.sheet;

import org.sovereigntywatch.base.Localized;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;

import java.util.List;
import java.util.Locale;

/**
 * Several texts shown as one argument of another, joined as the reader's language joins a list: "‘a’, ‘b’ and ‘c’",
 * « « a », « b » et « c » ». Used for lists of columns and values in the messages about a file and its rows.
 *
 * @param items what is listed, each a text of its own (often {@link #quoted})
 * @param join  how the items are joined
 */
public record TextList(List<Text> items, Join join) implements Localized {

    /** How the items of a list are joined. */
    public enum Join {
        /** "a, b, c". */
        COMMA,
        /** "a, b and c". */
        AND,
        /** "a; b; c", with the space French puts before a semicolon. */
        SEMICOLON
    }

    public TextList {
        items = List.copyOf(items);
    }

    /** The strings, each quoted in the reader's language (‘a’, « a »), joined with {@code join}. */
    public static TextList quoted(List<String> values, Join join) {
        return new TextList(values.stream().map(TextList::quoted).toList(), join);
    }

    /** A value quoted as the reader's language quotes it: ‘Montana’, « Montana ». */
    public static Text quoted(String value) {
        return new Text("sheet.quoted", value);
    }

    @Override
    public String format(Locale locale) {
        List<String> shown = items.stream().map(item -> Texts.format(locale, item)).toList();
        if (shown.isEmpty()) {
            return "";
        }
        return switch (join) {
            case COMMA -> String.join(", ", shown);
            case AND -> shown.size() == 1 ? shown.getFirst() : Texts.format(locale, "sheet.list.and",
                    String.join(", ", shown.subList(0, shown.size() - 1)), shown.getLast());
            case SEMICOLON -> shown.stream().reduce((first, next) -> Texts.format(locale, "sheet.list.semicolon",
                    first, next)).orElseThrow();
        };
    }
}
