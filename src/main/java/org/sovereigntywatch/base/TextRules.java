package org.sovereigntywatch.base;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Optional;

/**
 * What a stored text may hold. Control characters (NUL, escape, the C1 controls…) are invisible, break exports and
 * terminals, and PostgreSQL refuses NUL outright; a lone half of a surrogate pair is a broken character no database
 * stores faithfully. A one-line text (a title, a name, a code) holds no tab or line break either; a multi-line text (a
 * description, a quote, a comment) keeps its tabs and line breaks as typed.
 * <p>
 * {@link PlainText} and {@link MultiLineText} apply these rules to entity fields, and so to forms and service callers
 * alike; services checking a text that is not an entity field yet (a review comment) call them directly.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Why {@code text} cannot be stored as one line of text, naming the character and where it is; empty if it can
     * (null included).
     */
    public static Optional<Text> problemInLine(@Nullable CharSequence text) {
        return problem(text, false);
    }

    /** Why {@code text} cannot be stored as multi-line text; empty if it can (null included). */
    public static Optional<Text> problemInLines(@Nullable CharSequence text) {
        return problem(text, true);
    }

    /**
     * What a violation of {@link PlainText} or {@link MultiLineText} says: why the value breaks the rule, worded from
     * the value itself when the violation's message is put into words, so that the one message template names the
     * character and its place in any language (a template's own parameters would not survive Vaadin's binder, which
     * words the template again without them). Empty for any other message template, or a value without a problem.
     *
     * @param template the violation's message template
     * @param value    the value validated
     */
    public static Optional<Text> problemOfViolation(String template, @Nullable Object value) {
        if (!(value instanceof CharSequence text)) {
            return Optional.empty();
        }
        return switch (template) {
            case PlainText.MESSAGE -> problemInLine(text);
            case MultiLineText.MESSAGE -> problemInLines(text);
            default -> Optional.empty();
        };
    }

    /**
     * Typed search words as the registers' queries compare them: without the spaces around them, in lower case, and
     * with any character no stored text holds turned into a space, so a pasted control character finds nothing instead
     * of making the database refuse the query.
     */
    public static String forSearch(String typed) {
        return cleaned(typed).toLowerCase(Locale.ROOT);
    }

    /**
     * Text that comes from outside and is kept as it came (a browser's User-Agent, a name typed at sign-in): every
     * character no stored text may hold turned into a space, and no spaces around it.
     */
    public static String cleaned(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint ->
                clean.appendCodePoint(isControl(codePoint) || isLoneSurrogate(codePoint) ? ' ' : codePoint));
        return clean.toString().strip();
    }

    /** At most {@code max} characters of {@code text}, never half of a surrogate pair. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** Whether {@code text} holds a character no stored text may hold, even multi-line: then nothing matches it. */
    public static boolean cannotBeStored(String text) {
        return problemInLines(text).isPresent();
    }

    private static Optional<Text> problem(@Nullable CharSequence text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(Character.codePointAt(text, i))) {
            int codePoint = Character.codePointAt(text, i);
            position++;
            if (isLoneSurrogate(codePoint)) {
                return Optional.of(new Text("base.text.broken-character", position));
            }
            boolean lineBreak = codePoint == '\n' || codePoint == '\r'
                    || codePoint == '\u2028' || codePoint == '\u2029';
            if (multiLine && (lineBreak || codePoint == '\t')) {
                continue;
            }
            if (lineBreak) {
                return Optional.of(new Text("base.text.line-break", position));
            }
            if (codePoint == '\t') {
                return Optional.of(new Text("base.text.tab", position));
            }
            if (isControl(codePoint)) {
                return Optional.of(new Text("base.text.control-character", position,
                        String.format(Locale.ROOT, "U+%04X", codePoint)));
            }
        }
        return Optional.empty();
    }

    /** C0 and C1 control characters and DEL: Unicode's category Cc. */
    private static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint);
    }

    private static boolean isLoneSurrogate(int codePoint) {
        // codePointAt returns a surrogate only when it has no partner.
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
