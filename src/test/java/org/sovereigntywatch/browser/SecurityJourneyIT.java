package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.security.Base32;
import org.sovereigntywatch.security.Totp;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security work as a person meets it: an account an admin made asks for its own password first, two-step sign-in
 * is set up with an authenticator and then asked for at sign-in, and repeated wrong passwords pause signing in.
 */
@RealBrowser
class SecurityJourneyIT {

    private final String key = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_new_user_chooses_a_password_sets_up_two_step_sign_in_and_is_asked_for_a_code(Ui ui) {
        String username = "mo-" + key;
        ui.signIn("admin").open("users").click("New user");
        ui.field("Username").type(username);
        ui.field("Display name").type("Mo Factor");
        ui.field("Role").choose("Analyst");
        ui.field("Password").type("Juniper-saddle-copper-1157");
        ui.click("Save");
        ui.field("Search username or name").type(username);
        assertThat(ui.grid().awaitSize(1).rows().getFirst()).contains(username, "Mo Factor", "Analyst", "Yes");
        ui.grid().open(username);
        ui.click("Reset password…");
        ui.field("New password").type("Kiwi-orbit-lantern-4821");
        ui.click("Set password");
        assertThat(ui.notifications()).anyMatch(message -> message.startsWith("Password changed for " + username));
        ui.signOut();

        ui.signIn(username, "Kiwi-orbit-lantern-4821");
        assertThat(ui.waitForText("Choose your password")).contains("Your password was set by someone else.")
                .doesNotContain("Concerns");
        assertThat(ui.script("""
                const heading = document.querySelector('h1').getBoundingClientRect();
                const field = document.querySelector('vaadin-password-field').getBoundingClientRect();
                return heading.bottom <= field.top;"""))
                .as("the heading above the form, not beside it").isEqualTo(true);
        ui.field("Current password").type("Kiwi-orbit-lantern-4821");
        ui.field("New password").type("Quartz-meadow-harbour-7390");
        ui.field("New password again").type("Quartz-meadow-harbour-7390");
        ui.click("Change password");
        ui.waitFor("the dashboard", () -> ui.path().isEmpty());
        assertThat(ui.waitForText("Open concerns")).contains("Mo Factor");

        ui.open("account").click("Set up");
        String secret = String.valueOf(ui.script("return document.querySelector('.mfa-secret').innerText"));
        byte[] authenticator = Base32.decode(secret.replace(" ", ""));
        ui.field("Code").type(Totp.APP.codeAt(authenticator, Instant.now()));
        ui.click("Turn on");
        assertThat(ui.waitForText("Your recovery codes")).contains("Two-step sign-in is on.");
        ui.click("I have saved them");
        assertThat(ui.waitForText("On since")).contains("Unused recovery codes: 10.");
        ui.signOut();

        ui.signIn(username, "Quartz-meadow-harbour-7390");
        assertThat(ui.waitForText("Enter your code")).doesNotContain("Concerns");
        ui.open("concerns");
        assertThat(ui.waitForText("Enter your code")).as("the register waits for the code").doesNotContain("Title");
        ui.field("Code").type("000000");
        ui.click("Continue");
        assertThat(ui.waitForText("That code is not right.")).contains("Enter your code");
        // The code the app shows next: accepted (one step of clock drift is), and not the one used to turn it on.
        ui.field("Code").type(Totp.APP.codeAt(authenticator, Instant.now().plus(Duration.ofSeconds(30))));
        ui.click("Continue");
        ui.waitFor("the dashboard", () -> ui.path().isEmpty());
        assertThat(ui.waitForText("Open concerns")).contains("Mo Factor");
        assertThat(ui.menu()).contains("Concerns");
    }

    @Test
    void repeated_wrong_passwords_pause_signing_in_with_a_message(Ui ui) {
        // From an address of its own (the app trusts X-Forwarded-For from 127.0.0.1, as from a local proxy), so that
        // the pause of this address cannot reach the other journeys, which all come from 127.0.0.1.
        Ui elsewhere = ui.anotherBrowser().withHeader("X-Forwarded-For", "203.0.113.77");
        String username = "nobody-" + key;
        elsewhere.signIn(username, "wrong-1");
        assertThat(elsewhere.waitForText("Incorrect username or password.")).doesNotContain("Too many");

        // The failure that empties the first bucket (five quick ones) already answers with the pause. Should this
        // machine be so slow that a try refilled meanwhile (one every 12 s), the slower buckets pause it soon after.
        int attempts = 1;
        while (!elsewhere.text().contains("Too many failed sign-ins.") && attempts < 15) {
            elsewhere.signIn(username, "wrong-" + ++attempts);
        }

        assertThat(attempts).as("failed sign-ins before the pause").isBetween(5, 15);
        assertThat(elsewhere.text()).contains("Too many failed sign-ins.", "Sign-in is paused for a while. Try again in");
        assertThat(elsewhere.path()).isEqualTo("login");
    }
}
