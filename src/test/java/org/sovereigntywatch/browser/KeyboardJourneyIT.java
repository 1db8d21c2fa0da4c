package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst who uses no mouse records a concern: every step is a key press on whatever has focus, never a click. Each
 * control is reached with Tab, drop-downs are worked with the arrow keys and Enter, and the form is saved from its Save
 * button with Enter.
 */
@RealBrowser
class KeyboardJourneyIT {

    private static final String SOURCE = "Viral Mag — Des créateurs américains quittent TikTok pour Xiaohongshu";

    @Test
    void an_analyst_records_a_concern_with_the_keyboard_alone(Ui ui) {
        String title = "Keyboard-only concern " + UUID.randomUUID().toString().substring(0, 8);
        Keyboard keys = new Keyboard(ui);

        ui.open("login");
        assertThat(keys.focused()).as("the sign-in page starts in the username field").isEqualTo("Username");
        keys.type("analyst").press(Keys.TAB);
        assertThat(keys.focused()).isEqualTo("Password");
        keys.type("analyst-password").press(Keys.ENTER);
        ui.waitForText("Open concerns");

        keys.tabTo("Concerns").press(Keys.ENTER);
        ui.waitForText("Review overdue");
        keys.tabTo("New concern").press(Keys.ENTER);
        ui.waitForText("Whose law could reach it");
        assertThat(ui.path()).isEqualTo("concerns/new");

        keys.tabTo("Title").type(title);
        keys.tabTo("Platform").type("TikTok").choose("TikTok");
        keys.tabTo("Whose users’ data").type("United States").choose("US — United States");
        keys.tabTo("Whose law could reach it").type("China").choose("CN — China");
        keys.tabTo("Category").choose("Surveillance");
        keys.tabTo("Description").type("Recorded without a mouse.");
        keys.tabTo("What the platform claims");
        keys.tabTo("Claim status").choose("Disputed");
        keys.tabTo("Likelihood (1–5)").choose("4");
        keys.tabTo("Impact (1–5)").choose("5");
        keys.tabTo("Confidence in the evidence");
        keys.tabTo("Treatment");
        keys.tabTo("Owner");
        keys.tabTo("Next review").type("2027-12-31").press(Keys.ENTER);
        keys.tabTo("Sources").type("Xiaohongshu").choose(SOURCE).press(Keys.ESCAPE);
        keys.tabTo("Save").press(Keys.ENTER);

        String saved = ui.waitForText("Saved “" + title + "”");
        assertThat(ui.path()).matches("concerns/\\d+");
        assertThat(saved).contains(title, "Critical · 20", "Review");
        assertThat(ui.field("Platform").shown()).isEqualTo("TikTok");
        assertThat(ui.field("Whose users’ data").shown()).isEqualTo("US — United States");
        assertThat(ui.field("Whose law could reach it").shown()).isEqualTo("CN — China");
        assertThat(ui.field("Category").shown()).isEqualTo("Surveillance");
        assertThat(ui.field("Claim status").shown()).isEqualTo("Disputed");
        assertThat(ui.field("Next review").shown()).isEqualTo("31/12/2027");
        assertThat(ui.field("Description").shown()).isEqualTo("Recorded without a mouse.");
        assertThat(ui.text()).contains(SOURCE);

        keys.tabTo("Concerns").press(Keys.ENTER);
        ui.waitForText("Review overdue");
        keys.tabTo("Search title, description, claim").type(title);
        assertThat(ui.grid().rows()).as("the register, searched for the new title")
                .anySatisfy(row -> assertThat(row).contains(title, "TikTok", "Surveillance"));
    }
}
