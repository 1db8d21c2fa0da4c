package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Checked", as an analyst and a reviewer would try it: the analyst records a concern and submits it, the
 * reviewer publishes it and edits it three times, reading the sign-off change; restores the published version from the
 * History section, which the analyst then reads without being offered a restore; and the register, its CSV and the
 * concern's page, opened by address as of a moment between the edits, show the concern as it stood then, read-only.
 */
@RealBrowser
class HistoryJourneyIT {

    private final String key = UUID.randomUUID().toString().substring(0, 8);
    private final String published = "History journey " + key;
    private final String renamed = "History journey " + key + " renamed";

    @Test
    void a_published_concern_edited_three_times_is_restored_and_read_as_of_a_moment_between_the_edits(Ui ui) {
        ui.signIn("analyst").open("concerns").click("New concern");
        new ItemForms(ui).concern(published);
        ui.field("Sources").pick("Docket 24-656",
                "Supreme Court of the United States — Docket 24-656: TikTok Inc., et al. v. Garland");
        ui.click("Save");
        ui.waitFor("the saved concern's page", () -> ui.path().matches("concerns/\\d+") ? Boolean.TRUE : null);
        String page = ui.path();
        ui.click("Submit for review");
        ui.waitForText("moved it from “Draft” to “In review”");
        ui.signOut();

        ui.signIn("reviewer").open(page);
        ui.click("Publish");
        assertThat(ui.waitForText("Published version 3 by reviewer on")).contains("Unchanged since.");

        save(ui, () -> ui.field("Title").type(renamed), renamed);
        Instant betweenTheEdits = Instant.now();
        save(ui, () -> ui.field("Likelihood (1–5)").choose("5"), renamed);
        save(ui, () -> ui.field("Description").type("Now said to be stored in Virginia."), renamed);
        assertThat(ui.waitForText("Changed since:")).contains("Published version 3 by reviewer on",
                "Title: " + published + " → " + renamed, "Likelihood (1–5): 3 → 5");

        openHistory(ui);
        assertThat(ui.waitForText("Version 6")).contains("Version 3", "State: In review → Published");
        ui.click("Restore this version · Version 3");
        ui.waitForText("Put the fields back as version 3 had them?");
        ui.click("Restore this version");
        ui.waitFor("the restore's notification",
                () -> ui.notifications().contains("Restored version 3") ? Boolean.TRUE : null);
        assertThat(ui.field("Title").shown()).isEqualTo(published);
        assertThat(ui.field("Likelihood (1–5)").shown()).isEqualTo("3");
        assertThat(ui.field("Description").shown()).isEmpty();
        assertThat(ui.waitForText("Restored from version 3")).contains("Version 7", "Unchanged since.")
                .doesNotContain("Changed since:");
        ui.signOut();

        ui.signIn("analyst").open(page);
        openHistory(ui);
        assertThat(ui.waitForText("Restored from version 3")).as("the analyst reads the restore")
                .doesNotContain("Restore this version");
        ui.signOut();

        // The reviewer, who may edit the concern now, reads the past read-only.
        ui.signIn("reviewer").open("concerns?q=" + key + "&asOf=" + betweenTheEdits);
        assertThat(ui.text()).contains("The concern register as it stood on", "Read-only.", "Back to now")
                .doesNotContain("New concern");
        GridElement grid = ui.grid();
        grid.awaitSize(1);
        assertThat(grid.rows().getFirst()).as("the row as it read then").contains(renamed, "High · 12", "Published");

        Downloads.Csv csv = new Downloads(ui).csv("Download CSV");
        assertThat(csv.column("title")).as("the CSV as of then").containsExactly(renamed);
        assertThat(csv.column("likelihood")).containsExactly("3");
        assertThat(csv.column("state")).containsExactly("PUBLISHED");

        grid.open(renamed);
        ui.waitForText("This item as it stood on");
        assertThat(ui.path()).isEqualTo(page);
        assertThat(ui.field("Title").shown()).isEqualTo(renamed);
        assertThat(ui.field("Likelihood (1–5)").shown()).isEqualTo("3");
        assertThat(readOnly(ui, "Title")).isTrue();
        assertThat(ui.text()).contains("Read-only.", "Close").doesNotContain("Archive", "Return to draft");
        assertThat(shown(ui, ".review-panel")).as("no review panel in the past").isFalse();
        assertThat(shown(ui, ".history-section")).as("no history in the past").isFalse();

        ui.click("Back to now");
        ui.waitFor("the concern as it is now", () -> published.equals(ui.field("Title").shown()) ? Boolean.TRUE : null);
        assertThat(ui.path()).isEqualTo(page);
        assertThat(ui.text()).doesNotContain("This item as it stood on").contains("Archive");
        assertThat(readOnly(ui, "Title")).isFalse();
        assertThat(shown(ui, ".review-panel")).isTrue();
    }

    private static boolean readOnly(Ui ui, String label) {
        return Boolean.TRUE.equals(ui.script("return arguments[0].readonly === true", ui.field(label).element()));
    }

    /** Whether an element matching {@code css} shows on the page. */
    private static boolean shown(Ui ui, String css) {
        ui.idle();
        return Boolean.TRUE.equals(ui.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".some(element => element.checkVisibility())", css));
    }

    /** Makes a change in the form and saves it, waiting for "Saved “title”". */
    private static void save(Ui ui, Runnable change, String title) {
        change.run();
        ui.click("Save");
        ui.waitFor("the save of “" + title + "”",
                () -> ui.notifications().contains("Saved “" + title + "”") ? Boolean.TRUE : null);
    }

    /** Opens the History section below the form: a details element, opened by its summary. */
    private static void openHistory(Ui ui) {
        WebElement summary = ui.waitFor("the History section", () -> {
            List<WebElement> found = ui.all("vaadin-details.history-section vaadin-details-summary");
            return found.isEmpty() ? null : found.getFirst();
        });
        ui.click(summary, "History");
    }
}
