package org.sovereigntywatch.base.ui;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Optional;

/**
 * The locale the signed-in user chose to read the app in, kept by the feature that keeps users (as a Spring bean),
 * so the shell applies it without knowing that feature.
 */
public interface LanguagePreference {

    /** The signed-in user's choice; empty when nobody is signed in or the user follows the browser. */
    Optional<Locale> chosen();

    /**
     * Keeps the signed-in user's choice, one of {@link org.sovereigntywatch.base.LocaleChoice#OFFERED}; {@code null}
     * follows the browser.
     */
    void choose(@Nullable Locale locale);
}
