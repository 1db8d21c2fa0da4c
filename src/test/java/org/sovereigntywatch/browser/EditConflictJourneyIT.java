package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people edit one draft concern in two browsers: the first save wins, the second is refused with the app's
 * "changed by someone else — reload" message, and nothing is lost: the first change is stored, and the second
 * person's text stays in their form to make again after reloading.
 */
@RealBrowser
class EditConflictJourneyIT {

    /** What the app says when a save meets a change made meanwhile (SaveFailure.CONFLICT). */
    private static final String CONFLICT = "Not saved: this was changed by someone else since you opened it — "
            + "reload it to see their changes, then make yours again.";

    @Test
    void the_second_save_of_a_concern_changed_meanwhile_is_refused_and_keeps_what_was_typed(Ui analyst) {
        String title = "Edit conflict journey " + UUID.randomUUID().toString().substring(0, 8);
        String description = "The analyst's description, saved first.";
        String claim = "The reviewer's note on the platform's claim, typed second.";
        analyst.signIn("analyst");
        String page = recordDraft(analyst, title);

        Ui reviewer = analyst.anotherBrowser();
        reviewer.signIn("reviewer");
        reviewer.open(page);
        reviewer.waitForText(title);

        analyst.field("Description").type(description);
        analyst.click("Save");
        assertThat(analyst.notifications()).contains("Saved “" + title + "”");

        reviewer.field("What the platform claims").type(claim);
        reviewer.click("Save");
        assertThat(reviewer.notifications()).as("the second save is refused").contains(CONFLICT);
        assertThat(reviewer.field("What the platform claims").shown()).as("what the reviewer typed is still there")
                .isEqualTo(claim);
        reviewer.click("Concerns");
        reviewer.waitForText("What you changed in this form is not saved.");
        reviewer.click("Stay");
        assertThat(reviewer.path()).as("leaving the refused form asks first").isEqualTo(page);
        assertThat(reviewer.field("What the platform claims").shown()).isEqualTo(claim);

        reviewer.driver().navigate().refresh();
        reviewer.idle();
        assertThat(reviewer.field("Description").shown()).as("after reloading, the first change shows")
                .isEqualTo(description);
        assertThat(reviewer.field("What the platform claims").shown()).isEmpty();
        reviewer.field("What the platform claims").type(claim);
        reviewer.click("Save");
        assertThat(reviewer.notifications()).as("made again, the second change saves").contains("Saved “" + title + "”");

        analyst.open(page);
        assertThat(analyst.field("Description").shown()).as("the first change is stored").isEqualTo(description);
        assertThat(analyst.field("What the platform claims").shown()).as("and so is the second").isEqualTo(claim);
    }

    /** Records a draft concern from the register's "New concern" and returns its page's path. */
    private static String recordDraft(Ui ui, String title) {
        ui.click("Concerns");
        ui.click("New concern");
        ui.field("Title").type(title);
        ui.field("Platform").pick("TikTok", "TikTok");
        ui.field("Whose users’ data").pick("United States", "US — United States");
        ui.field("Whose law could reach it").pick("China", "CN — China");
        ui.field("Sources").pick("Docket 24-656",
                "Supreme Court of the United States — Docket 24-656: TikTok Inc., et al. v. Garland");
        ui.click("Save");
        ui.waitFor("the saved concern's page", () -> ui.path().matches("concerns/\\d+") ? Boolean.TRUE : null);
        ui.waitForText("Saved “" + title + "”");
        return ui.path();
    }
}
