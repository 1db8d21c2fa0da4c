package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial workflow end to end, each person in their own session: an analyst records a concern with a source and
 * submits it, a reviewer returns it with a comment, the analyst reads the comment and submits again, the reviewer
 * publishes it, and a viewer reads it. Scope holds by address too.
 */
@RealBrowser
class ReviewJourneyIT {

    /** Unique to this run, so the register's search finds this journey's records alone. */
    private final String key = UUID.randomUUID().toString().substring(0, 8);
    private final String title = "Xiaohongshu stores US users' data apart " + key;

    @Test
    void a_concern_goes_from_an_analysts_draft_through_review_to_a_viewer(Ui ui) {
        ui.signIn("analyst").open("concerns").click("New concern");
        ui.field("Title").type(title);
        ui.field("Platform").choose("Xiaohongshu");
        ui.field("Whose users’ data").pick("United States", "US — United States");
        ui.field("Whose law could reach it").pick("China", "CN — China");
        ui.field("What the platform claims").type("Data of users outside China is stored separately.");
        citeNewSource(ui, "Les « réfugiés de TikTok » affluent sur Xiaohongshu " + key);
        ui.click("Save");

        assertThat(ui.notifications()).contains("Saved “" + title + "”");
        assertThat(ui.path()).matches("concerns/\\d+");
        String address = ui.path();
        assertThat(ui.text()).contains("Les « réfugiés de TikTok » affluent sur Xiaohongshu", "Draft");

        ui.click("Submit for review");
        assertThat(ui.waitForText("In review")).contains("moved it from “Draft” to “In review”");
        ui.signOut();

        ui.signIn("reviewer").open(address);
        ui.field("Comment").type("Which law? Cite the Data Security Law article.");
        ui.click("Return to draft");
        assertThat(ui.waitForText("moved it from “In review” to “Draft”"))
                .contains("Which law? Cite the Data Security Law article.");
        ui.signOut();

        ui.signIn("analyst").open(address);
        assertThat(ui.text()).contains("Which law? Cite the Data Security Law article.", "Draft");
        ui.field("Comment").type("Article 36 of the Data Security Law, quoted in the source.");
        ui.click("Submit for review");
        ui.waitForText("Article 36 of the Data Security Law");
        ui.signOut();

        ui.signIn("reviewer").open(address);
        ui.click("Publish");
        assertThat(ui.waitForText("moved it from “In review” to “Published”")).contains("Published");
        ui.signOut();

        ui.signIn("viewer").open("concerns");
        ui.field("Search title, description, claim").type(key);
        ui.grid().awaitSize(1);
        assertThat(ui.grid().rows().getFirst()).contains(title, "Xiaohongshu", "CN → US", "Published");
        ui.grid().open(title);
        assertThat(ui.path()).isEqualTo(address);
        assertThat(ui.field("Title").shown()).isEqualTo(title);
        assertThat(ui.text()).contains("Les « réfugiés de TikTok » affluent sur Xiaohongshu")
                .doesNotContain("Submit for review", "Return to draft");
    }

    @Test
    void an_analyst_cannot_open_a_draft_of_a_jurisdiction_they_do_not_cover_by_its_address(Ui ui) {
        String french = "Draft about French users " + key;
        ui.signIn("reviewer").open("concerns/new");
        ui.field("Title").type(french);
        ui.field("Platform").choose("TikTok");
        ui.field("Whose users’ data").pick("France", "FR — France");
        ui.field("Whose law could reach it").pick("China", "CN — China");
        citeNewSource(ui, "Rapport sur les données des utilisateurs français " + key);
        ui.click("Save");
        String address = ui.path();
        assertThat(address).matches("concerns/\\d+");
        ui.signOut();

        ui.signIn("analyst").open(address);

        String id = address.substring("concerns/".length());
        assertThat(ui.waitForText("There is no concern " + id + " that you may see.")).doesNotContain(french);
        ui.open("concerns");
        ui.field("Search title, description, claim").type(key);
        ui.grid().awaitSize(0);
    }

    /** Records a new source from the concern form's "New source…" dialog; it joins the concern's sources. */
    private static void citeNewSource(Ui ui, String sourceTitle) {
        ui.click("New source…");
        ui.field("Publisher").type("Le Monde");
        ui.field("Title").type(sourceTitle);
        ui.field("Web address").type("https://www.lemonde.fr/pixels/article/2025/01/15/" + UUID.randomUUID());
        ui.field("Published on").type("2025-01-15");
        ui.click("Save source");
    }
}
