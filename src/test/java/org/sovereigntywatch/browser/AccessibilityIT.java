package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages, as the analyst (and the admin, for the users page) sees them, have no accessibility violation of
 * impact "serious" or "critical" by axe-core, Vaadin's components included.
 */
@RealBrowser
class AccessibilityIT {

    @Test
    void the_sign_in_page_has_no_serious_accessibility_violation(Ui ui) {
        ui.open("login").waitForText("Sign in");

        new Accessibility(ui).assertNoBlockingViolations("the sign-in page");
    }

    @Test
    void the_sign_in_page_showing_its_error_has_no_serious_accessibility_violation(Ui ui) {
        ui.open("login?error").waitForText("Incorrect username or password.");

        new Accessibility(ui).assertNoBlockingViolations("the sign-in page with its error message");
    }

    @ParameterizedTest(name = "{1} at /{0}")
    @CsvSource({
            "'',           Dashboard,          Open concerns",
            "concerns,     the concern register, New concern",
            "measures,     the measure register, New measure",
            "concerns/new, a new concern,       New concern",
            "timeline,     the timeline,        Timeline",
            "reports,      the reports,         Reports",
            "import,       the import page,     Bring a spreadsheet in",
            "account,      the account page,    API tokens"})
    void the_analysts_page_has_no_serious_accessibility_violation(String path, String page, String shows, Ui ui) {
        signedIn(ui, "analyst").open(path).waitForText(shows);

        new Accessibility(ui).assertNoBlockingViolations(page);
    }

    @Test
    void a_saved_concern_has_no_serious_accessibility_violation(Ui ui) {
        signedIn(ui, "analyst").open("concerns");
        openFirstRow(ui, "concerns/");

        new Accessibility(ui).assertNoBlockingViolations("a saved concern");
    }

    @Test
    void a_saved_measure_has_no_serious_accessibility_violation(Ui ui) {
        signedIn(ui, "analyst").open("measures");
        openFirstRow(ui, "measures/");

        new Accessibility(ui).assertNoBlockingViolations("a saved measure");
    }

    @Test
    void the_users_page_has_no_serious_accessibility_violation(Ui ui) {
        signedIn(ui, "admin").open("users").waitForText("New user");

        new Accessibility(ui).assertNoBlockingViolations("the users page");
    }

    @Test
    void the_api_tokens_page_has_no_serious_accessibility_violation(Ui ui) {
        signedIn(ui, "admin").open("admin/api-tokens").waitForText("Last used");

        new Accessibility(ui).assertNoBlockingViolations("the API tokens page");
    }

    /**
     * Signs in and waits for the page behind the sign-in: {@link Ui#signIn} returns once the form is sent, and opening
     * another address before the answer arrives would cancel the sign-in.
     */
    private static Ui signedIn(Ui ui, String username) {
        ui.signIn(username).waitForText("Sign out");
        return ui;
    }

    /** Opens the register's first row: a published item, which the analyst sees read-only beside its review log. */
    private static void openFirstRow(Ui ui, String itemPath) {
        String title = ui.grid().rows().getFirst().getFirst();
        ui.grid().open(title);
        ui.waitForText("Review");
        assertThat(ui.path()).startsWith(itemPath).doesNotEndWith("new");
    }
}
