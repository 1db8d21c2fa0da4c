package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French browser reads the app in French from the sign-in page on; a language chosen in the header applies at once
 * and follows the user to their next sign-in, whatever the browser asks for; choosing the browser's language again
 * goes back to it.
 */
@RealBrowser
class LanguageJourneyIT {

    @Test
    void a_french_browser_reads_french_and_a_language_chosen_in_the_header_follows_the_user(Ui ui) {
        Ui french = ui.anotherBrowser("fr-FR,fr");
        french.open("login");
        assertThat(french.script("return document.documentElement.lang")).isEqualTo("fr-FR");
        french.signIn("viewer");
        assertThat(french.menu()).startsWith("Tableau de bord", "Préoccupations", "Mesures", "Chronologie");
        try {
            french.chooseLanguage("English (United Kingdom)").waitForMenuEntry("Dashboard");
            assertThat(french.script("return document.documentElement.lang")).isEqualTo("en-GB");

            french.signOut();
            french.signIn("viewer");
            assertThat(french.menu()).as("the choice is the user’s, not the browser’s")
                    .startsWith("Dashboard", "Concerns", "Measures", "Timeline");
        } finally {
            french.chooseLanguage(french.menu().contains("Dashboard") ? "Language of your browser"
                    : "Langue du navigateur");
        }
        french.waitForMenuEntry("Tableau de bord");
    }
}
