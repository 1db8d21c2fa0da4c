package org.sovereigntywatch.base;

/**
 * When two titles name the same thing, for the likely-duplicate warnings: ignoring case and spaces, so "TikTok ban"
 * and "Tiktok  Ban" match. The repositories' queries compare {@code replace(lower(title), ' ', '')} with
 * {@link #of(String)}, the same rule in SQL (a measure's is a stored, indexed column, {@code title_key}). Characters no title may hold are left out
 * ({@link TextRules#forSearch}), so that a title not yet valid can still be checked without the database refusing it.
 */
public final class TitleKey {

    private TitleKey() {
    }

    public static String of(String title) {
        return TextRules.forSearch(title).replace(" ", "");
    }
}
