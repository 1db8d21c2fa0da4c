package org.sovereigntywatch.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo role signs in, sees exactly its menu and signs out; a wrong password is told apart from a right one. */
@RealBrowser
class SignInJourneyIT {

    private static final List<String> EVERYONE = List.of("Dashboard", "Concerns", "Measures", "Timeline", "Notifications", "Watchlist", "Reports");
    private static final List<String> REFERENCE_LISTS = List.of("Jurisdictions", "Platforms");

    @ParameterizedTest(name = "{0} signs in as {1} and sees its menu")
    @CsvSource({
            "viewer,   Vera Viewer,  Viewer · all jurisdictions, false,",
            "analyst,  Ana Analyst, 'Analyst · CA, EU, IN, NP, US', true,",
            "reviewer, Remy Reviewer, Reviewer · all jurisdictions, true,",
            "admin,    Ada Admin,   Admin · all jurisdictions, true, Users|Sign-in policy|API tokens|Security log"})
    void each_role_signs_in_sees_exactly_its_menu_and_signs_out(String username, String name, String role,
                                                               boolean imports, String adminEntries, Ui ui) {
        ui.signIn(username);

        assertThat(ui.path()).isEmpty();
        String page = ui.waitForText("Open concerns");
        assertThat(page).contains(name, role);
        List<String> expected = new java.util.ArrayList<>(EVERYONE);
        if (imports) {
            expected.add("Import");
        }
        expected.addAll(REFERENCE_LISTS);
        if (adminEntries != null) {
            expected.addAll(Arrays.asList(adminEntries.split("\\|")));
        }
        assertThat(ui.menu()).containsExactlyElementsOf(expected);

        ui.signOut();
        assertThat(ui.path()).isEqualTo("login");
        ui.open("concerns");
        assertThat(ui.path()).as("signed out, the register sends back to sign-in").isEqualTo("login");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message(Ui ui) {
        ui.signIn("analyst", "not-the-password");

        assertThat(ui.path()).isEqualTo("login");
        assertThat(ui.waitForText("Incorrect username or password.")).contains("Check both and try again.");
        assertThat(ui.menu()).isEmpty();
    }
}
