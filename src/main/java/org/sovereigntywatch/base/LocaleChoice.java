package org.sovereigntywatch.base;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The one rule for which locale a user reads the app in. A choice the user made (on their account page or in the
 * header) wins; otherwise the browser's first language the app is written in, keeping the browser's country so that
 * dates follow it (an en-GB browser gets 17/01/2025, an en-US one 1/17/2025, fr-CA 2025-01-17); otherwise English
 * with the country of the browser's first language (a German browser reads English with German dates). English
 * with no country is the app's own, British English (17 January 2025), not the JDK's, which writes dates the
 * American way. Mails follow it too, with the browser the user last signed in from.
 */
public final class LocaleChoice {

    /** What a user may choose instead of following the browser. */
    public static final List<Locale> OFFERED = List.of(Locale.UK, Locale.US, Locale.FRANCE);

    private LocaleChoice() {
    }

    /** The locale of someone who chose {@code chosen} (or nothing), with these browser languages, first first. */
    public static Locale of(@Nullable Locale chosen, List<Locale> browser) {
        if (chosen != null) {
            return chosen;
        }
        for (Locale locale : browser) {
            if (Texts.LANGUAGES.stream().anyMatch(language -> language.getLanguage()
                    .equals(locale.getLanguage()))) {
                return withCountry(locale.getLanguage(), locale.getCountry());
            }
        }
        return withCountry("en", browser.isEmpty() ? "" : browser.getFirst().getCountry());
    }

    private static Locale withCountry(String language, String country) {
        if (country.isEmpty()) {
            return language.equals("en") ? Locale.UK : Locale.of(language);
        }
        return Locale.of(language, country);
    }
}
