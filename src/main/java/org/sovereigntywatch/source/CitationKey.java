package org.sovereigntywatch.source;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * When two citations name the same source: the same {@linkplain SourceCell#citationText cell text}, ignoring case,
 * runs of spaces (a no-break space included) and invisible characters, so "Reuters — TikTok  ban" is "REUTERS — tiktok
 * ban". Stored with each source without a web address ({@code source.citation_key}, indexed) and compared as it is.
 * <p>
 * It keys the joined text, not the two parts: "Reuters — TikTok ban" typed as a title alone and the same text split
 * into publisher and title by an import are one citation, so importing what an export wrote finds the source again.
 */
final class CitationKey {

    /**
     * The longest key: the publisher and the title, each character at most doubled by lower-casing (only "İ" grows,
     * to "i̇"), and the three characters of {@link SourceCell#SEPARATOR} between them. The column's length.
     */
    static final int MAX = 2 * (Source.PUBLISHER_MAX + Source.TITLE_MAX) + 3;

    private CitationKey() {
    }

    static String of(@Nullable String publisher, String title) {
        String text = SourceCell.citationText(publisher, title);
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                space = true;
                continue;
            }
            if (space && !key.isEmpty()) {
                key.append(' ');
            }
            space = false;
            key.appendCodePoint(codePoint);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
