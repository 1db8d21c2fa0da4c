package org.sovereigntywatch.source;

import org.sovereigntywatch.base.TextRules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How {@link SourceCell} tells an address from a citation, tidies a citation's parts and names a cell in a message. */
final class CellText {

    /**
     * Text that starts like an address: {@code www.}, {@code //}, any scheme followed by {@code //}, or a scheme
     * written without {@code //} ({@code javascript:}, {@code data:}, {@code mailto:}…) directly followed by more than
     * a space, so that a title such as "JavaScript: The Good Parts" stays a title.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(www\\.|//|[a-z][a-z0-9+.-]*://"
            + "|(https?|ftps?|wss?|javascript|vbscript|data|file|mailto|tel|sms|blob|about|view-source):\\S)");

    /** How long a cell may be quoted in a message before it is cut. */
    private static final int QUOTED_MAX = 100;

    private CellText() {
    }

    static boolean readsAsAddress(String text) {
        return ADDRESS.matcher(text).lookingAt();
    }

    /** One line: control characters (line breaks and tabs too) as spaces, no spaces or invisible characters around. */
    static String line(String text) {
        return WebAddress.trim(TextRules.cleaned(text));
    }

    /**
     * Where the first em dash with a space of any kind on both sides is in {@code line}: where a citation's publisher
     * ends and its title starts; -1 if there is none.
     */
    static int separatorIn(String line) {
        for (int dash = line.indexOf('—'); dash >= 0; dash = line.indexOf('—', dash + 1)) {
            if (dash > 0 && dash + 1 < line.length() && isSpace(line.charAt(dash - 1))
                    && isSpace(line.charAt(dash + 1))) {
                return dash;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code text} ready to be joined with others by {@code |}: its own {@code \\} and {@code |} escaped. */
    static String escaped(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** The parts of a cell joined by {@code |}, {@link #escaped} undone; any other backslash is kept as typed. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            char next = i + 1 < cell.length() ? cell.charAt(i + 1) : 0;
            if (c == '\\' && (next == '|' || next == '\\')) {
                part.append(next);
                i++;
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * The cell on one line, cut when it is long, for a message to name (the message's text puts it in quotes): the
     * value, without quoting a page.
     */
    static String shown(String text) {
        String line = line(text);
        return line.length() > QUOTED_MAX ? TextRules.cut(line, QUOTED_MAX) + "…" : line;
    }
}
