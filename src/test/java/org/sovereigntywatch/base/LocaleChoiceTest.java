package org.sovereigntywatch.base;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which locale a reader gets: their choice, else their browser's first language the app has, else English. */
class LocaleChoiceTest {

    @Test
    void the_browsers_first_language_the_app_has_wins_with_its_country() {
        assertThat(LocaleChoice.of(null, List.of(Locale.UK, Locale.FRANCE))).isEqualTo(Locale.UK);
        assertThat(LocaleChoice.of(null, List.of(Locale.GERMANY, Locale.CANADA_FRENCH, Locale.US)))
                .isEqualTo(Locale.CANADA_FRENCH);
    }

    @Test
    void a_choice_the_user_made_wins_over_the_browser() {
        assertThat(LocaleChoice.of(Locale.FRANCE, List.of(Locale.US))).isEqualTo(Locale.FRANCE);
    }

    @Test
    void a_browser_without_english_or_french_reads_english_with_its_own_countrys_dates() {
        assertThat(LocaleChoice.of(null, List.of(Locale.GERMANY))).isEqualTo(Locale.of("en", "DE"));
        assertThat(LocaleChoice.of(null, List.of(Locale.JAPANESE))).isEqualTo(Locale.UK);
        assertThat(LocaleChoice.of(null, List.of())).isEqualTo(Locale.UK);
    }

    @Test
    void english_without_a_country_is_the_apps_british_english_and_french_stays_french() {
        assertThat(LocaleChoice.of(null, List.of(Locale.ENGLISH))).isEqualTo(Locale.UK);
        assertThat(LocaleChoice.of(null, List.of(Locale.FRENCH))).isEqualTo(Locale.FRENCH);
    }
}
