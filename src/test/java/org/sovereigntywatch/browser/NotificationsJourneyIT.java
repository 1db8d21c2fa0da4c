package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications between people working at once, each in a browser of their own: who is told, and that the bell in
 * the header counts it while the page stays as it is (pushed by the server, no reload, no navigation). An analyst's
 * submission reaches the reviewer, the reviewer's publication reaches the analyst, an injunction on a measure bearing on
 * the analyst's concern asks the analyst to re-assess it, and a new event on a published measure reaches whoever
 * watches its jurisdiction.
 *
 * <p>Counts are compared with what the bell said before, and only as rising: the hourly reminders (reviews due,
 * expected events where one watches) may add their own if a run crosses the hour. What rose is then read on the
 * notifications page.
 */
@RealBrowser
class NotificationsJourneyIT {

    private static final MeasurePage.Source DOCKET = new MeasurePage.Source("Docket 24-656",
            "Supreme Court of the United States — Docket 24-656: TikTok Inc., et al. v. Garland");

    /** How the app writes a day in British English ("30 November 2026"), as the policy events' dates are shown. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

    /** Unique to this run, so searches find this journey's records alone. */
    private final String key = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_submission_a_publication_and_an_injunction_reach_the_right_people_while_their_pages_stay_open(Ui analyst) {
        String concern = "Notified concern " + key;
        analyst.signIn("analyst");
        String concernPage = recordDraft(analyst, concern);

        Ui reviewer = analyst.anotherBrowser();
        reviewer.signIn("reviewer").open("measures");
        Bell reviewersBell = Bell.leftAlone(reviewer);
        int reviewerBefore = reviewersBell.unread();

        analyst.click("Submit for review");
        analyst.waitForText("moved it from “Draft” to “In review”");

        int reviewerNow = reviewersBell.awaitRiseAbove(reviewerBefore);
        NotificationsPage reviewersList = NotificationsPage.on(reviewersBell.open());
        assertThat(reviewersList.awaitLine("submitted “" + concern + "” for review."))
                .as("the reviewer is told who submitted what").endsWith("submitted “" + concern + "” for review.");
        reviewersList.open("submitted “" + concern + "” for review.");
        assertThat(reviewer.path()).as("the notification opens the concern").isEqualTo(concernPage);
        assertThat(reviewer.field("Title").shown()).isEqualTo(concern);
        assertThat(Bell.of(reviewer).unread()).as("opened, the notification is read").isEqualTo(reviewerNow - 1);

        Bell analystsBell = Bell.leftAlone(analyst);
        int analystBefore = analystsBell.unread();
        reviewer.click("Publish");
        reviewer.waitForText("moved it from “In review” to “Published”");

        analystsBell.awaitRiseAbove(analystBefore);
        NotificationsPage analystsList = NotificationsPage.on(analystsBell.open());
        assertThat(analystsList.awaitLine("published “" + concern + "”."))
                .as("the analyst, who recorded and owns it, is told it is published")
                .endsWith("published “" + concern + "”.");

        // The analyst stays on the notifications page while the reviewer records an injunction on a measure that
        // bears on the concern.
        Bell stillOnTheList = Bell.leftAlone(analyst);
        int beforeInjunction = stillOnTheList.unread();
        String measure = "Measure enjoined " + key;
        LocalDate today = LocalDate.now();
        MeasurePage measurePage = MeasurePage.recordNew(reviewer, measure, "United States", "US — United States",
                "TikTok", "A measure bearing on the analyst's concern.");
        String measureAddress = reviewer.path();
        linkConcern(reviewer, concern);
        measurePage.addEvent(new MeasurePage.Step("Day", today, "Injunction", false,
                "A court enjoins the measure.", DOCKET));

        stillOnTheList.awaitRiseAbove(beforeInjunction);
        // Clicked on the list already open, the bell shows the list again with what is new.
        stillOnTheList.open();
        String injunction = "Injunction, " + DAY.format(today);
        assertThat(analystsList.awaitLine("Re-assess “" + concern + "”"))
                .as("the owner is asked to re-assess the concern, and told why")
                .isEqualTo("Re-assess “" + concern + "”: " + injunction + " on “" + measure + "”.");
        analystsList.open("Re-assess “" + concern + "”");
        assertThat(analyst.path()).as("the notification opens the concern").isEqualTo(concernPage);
        WebElement notice = analyst.waitFor("the re-assess notice",
                () -> analyst.script("return document.querySelector('.reassess-notice')"));
        assertThat(notice.getText().replaceAll("\\s+", " ").trim()).as("the concern page's notice")
                .startsWith("Re-assess: " + injunction + " — " + measure);
        assertThat(analyst.script("return arguments[0].querySelector('a').getAttribute('href')", notice))
                .as("the notice links to the measure").isEqualTo(measureAddress);
        assertThat(analyst.script("return arguments[0].value", analyst.field("Next review").element()))
                .as("the concern's next review moves to today").isEqualTo(today.toString());
    }

    @Test
    void whoever_watches_a_jurisdiction_hears_of_a_publication_and_a_new_event_there(Ui viewer) {
        String measure = "Watched measure " + key;
        Ui reviewer = viewer.anotherBrowser();
        reviewer.signIn("reviewer");
        MeasurePage measurePage = MeasurePage.recordNew(reviewer, measure, "United States", "US — United States",
                "TikTok", "A measure in a jurisdiction the viewer watches.");
        String measureAddress = reviewer.path();
        reviewer.click("Submit for review");
        reviewer.waitForText("moved it from “Draft” to “In review”");

        viewer.signIn("viewer").open("watchlist");
        viewer.field("Jurisdiction to watch").pick("United States", "US — United States");
        watchButtonBeside(viewer, "Jurisdiction to watch");
        assertThat(viewer.notifications()).contains("Added to your watchlist.");
        viewer.grid().awaitRow("United States");
        // Marked before the register had replaced the watchlist, the page would look navigated while the bell rose.
        ConcernRegister.open(viewer);
        Bell viewersBell = Bell.leftAlone(viewer);
        int before = viewersBell.unread();

        reviewer.click("Publish");
        reviewer.waitForText("moved it from “In review” to “Published”");
        int afterPublication = viewersBell.awaitRiseAbove(before);

        LocalDate today = LocalDate.now();
        measurePage.addEvent(new MeasurePage.Step("Day", today, "In force", false, "The measure takes effect.", null));
        viewersBell.awaitRiseAbove(afterPublication);

        NotificationsPage list = NotificationsPage.on(viewersBell.open());
        String published = "Published where you watch: “" + measure + "”.";
        String news = "New on “" + measure + "”: In force, " + DAY.format(today) + ".";
        assertThat(list.awaitLine(published)).isEqualTo(published);
        assertThat(list.lines()).as("the watcher's lines, newest first").containsSubsequence(news, published);
        list.open(news);
        assertThat(viewer.path()).as("the notification opens the measure").isEqualTo(measureAddress);
        assertThat(viewer.grid().rows()).as("the measure's events")
                .anySatisfy(row -> assertThat(row).startsWith(DAY.format(today), "In force", "Happened"));

        viewer.open("watchlist");
        viewer.grid().awaitRow("United States");
        viewer.click("Stop watching");
        viewer.grid().awaitSize(0);
    }

    /** Records a draft TikTok concern about US users' data under Chinese law, citing a demo source; returns its path. */
    private static String recordDraft(Ui ui, String title) {
        ui.click("Concerns");
        ui.click("New concern");
        ui.field("Title").type(title);
        ui.field("Platform").pick("TikTok", "TikTok");
        ui.field("Whose users’ data").pick("United States", "US — United States");
        ui.field("Whose law could reach it").pick("China", "CN — China");
        ui.field("Sources").pick(DOCKET.typed(), DOCKET.shown());
        ui.click("Save");
        ui.waitFor("the saved concern's page", () -> ui.path().matches("concerns/\\d+") ? Boolean.TRUE : null);
        ui.waitForText("Saved “" + title + "”");
        return ui.path();
    }

    /** On a measure's page: finds the concern in "Concerns it bears on" and links it. */
    private static void linkConcern(Ui ui, String title) {
        WebElement finder = ui.waitFor("the concern finder of the measure page", () -> ui.script(
                "return document.querySelector('vaadin-combo-box[placeholder=\"Find a concern\"]')"));
        new Field(ui, finder, "Find a concern").pick(title, title);
        ui.click("Link concern");
        ui.waitFor("the concern linked", () -> ui.script("""
                return Array.from(document.querySelectorAll('a'))
                  .some(link => link.innerText.trim() === arguments[0] && link.checkVisibility());
                """, title));
    }

    /** Presses the "Watch" button beside the field {@code label} (the watchlist has one per picker). */
    private static void watchButtonBeside(Ui ui, String label) {
        WebElement button = ui.waitFor("the Watch button beside '" + label + "'", () -> ui.script("""
                const next = arguments[0].nextElementSibling;
                return next && next.localName === 'vaadin-button' ? next : null;
                """, ui.field(label).element()));
        assertThat(button.getText()).isEqualTo("Watch");
        ui.click(button, "Watch beside '" + label + "'");
    }
}
