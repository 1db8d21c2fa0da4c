package org.sovereigntywatch.base;

import java.util.Locale;

/**
 * When two titles name the same thing, for the likely-duplicate warnings: ignoring case and spaces, so "TikTok ban"
 * and "Tiktok  Ban" match. The repositories' queries compare {@code replace(lower(title), ' ', '')} with
 * {@link #of(String)}, the same rule in SQL.
 */
public final class TitleKey {

    private TitleKey() {
    }

    public static String of(String title) {
        return title.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
