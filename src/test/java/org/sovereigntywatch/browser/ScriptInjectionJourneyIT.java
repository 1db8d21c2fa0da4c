package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that would be a script if a screen took it for HTML: an analyst stores a concern, a source, a measure, an event
 * and a comment whose texts are {@code <img src=x onerror=…>} tags, and tries {@code javascript:} addresses for the
 * source. Every screen that shows them is opened, their links hovered or followed: each shows the tags as the literal
 * text typed, no such element exists in the page, and the flag {@code window.__xss} the scripts would set stays unset.
 */
@RealBrowser
class ScriptInjectionJourneyIT {

    /** Every element the page holds (shadow roots too) that carries an event handler from the stored texts. */
    private static final String INJECTED = """
            const found = [];
            const visit = (root) => root.querySelectorAll('*').forEach(element => {
              if (Array.from(element.attributes).some(a => a.name.startsWith('on') && a.value.includes('__xss'))) {
                found.push(element.outerHTML.slice(0, 120));
              }
              if (element.shadowRoot) { visit(element.shadowRoot); }
            });
            visit(document);
            return found;
            """;

    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String concernTitle = "<img src=x onerror=\"window.__xss=1\"> concern " + id;
    private final String publisher = "<svg onload=\"window.__xss=3\"></svg> press " + id;
    private final String sourceTitle = "<img src=x onerror=\"window.__xss=4\"> source " + id;
    private final String measureTitle = "<img src=x onerror=\"window.__xss=5\"> measure " + id;
    private final String summary = "<img src=x onerror=\"window.__xss=6\"> step " + id;
    private final String comment = "<img src=x onerror=\"window.__xss=7\"> comment " + id;

    @Test
    void stored_markup_shows_as_text_and_runs_on_no_screen(Ui ui) {
        ui.signIn("analyst");
        recordConcernWithSource(ui);
        String concernPage = ui.path();
        assertThat(concernPage).matches("concerns/\\d+");

        commentAndAskToDelete(ui);
        dashboardLinksToTheConcern(ui, concernPage);
        registerListsTheConcern(ui);

        recordMeasureWithEvent(ui);
        String measurePage = ui.path();
        measuresRegisterListsTheMeasure(ui);
        timelineShowsTheStep(ui, measurePage);
        reportsDownloadTheTitleAsText(ui);
    }

    private void recordConcernWithSource(Ui ui) {
        ui.open("concerns/new");
        ItemForms forms = new ItemForms(ui).concern(concernTitle);
        forms.newSource(publisher, sourceTitle, "javascript:window.__xss=2").saveSource();
        assertRefused(ui);
        ui.field("Web address").type("JavaScript:window.__xss=2//https://example.org/");
        forms.saveSource();
        assertRefused(ui);
        nothingRan(ui, "the new source dialog, its address refused");

        ui.field("Web address").type("https://example.org/sources/" + id);
        forms.saveSource();
        assertThat(ui.text()).as("the source cited by the form, as typed").contains(publisher + " — " + sourceTitle);
        nothingRan(ui, "the concern form citing the source");

        ui.click("Save");
        assertThat(ui.notifications()).as("the save message names the title as typed")
                .contains("Saved “" + concernTitle + "”");
        assertThat(ui.text()).as("the concern page's heading").contains(concernTitle);
        nothingRan(ui, "the concern page");
    }

    /** A javascript: address is refused next to the field, so nothing is stored that could run. */
    private static void assertRefused(Ui ui) {
        Field address = ui.field("Web address");
        assertThat(address.invalid()).as("the address is refused").isTrue();
        assertThat(address.errorMessage()).isEqualTo(ItemForms.NOT_A_WEB_ADDRESS);
    }

    private void commentAndAskToDelete(Ui ui) {
        ui.field("Comment").type(comment);
        ui.click("Add comment");
        assertThat(ui.waitForText(comment)).as("the review log").contains(comment);
        nothingRan(ui, "the review panel with the comment");

        ui.click("Delete draft");
        assertThat(ui.waitForText("Delete the draft")).as("the confirmation names the concern as typed")
                .contains("Delete the draft “" + concernTitle + "”?");
        nothingRan(ui, "the delete confirmation");
        ui.click("Cancel");
    }

    private void dashboardLinksToTheConcern(Ui ui, String concernPage) {
        ui.open("");
        assertThat(ui.waitForText("Open concerns")).as("the dashboard's recent changes").contains(concernTitle);
        WebElement link = link(ui, concernTitle);
        hover(ui, link);
        nothingRan(ui, "the dashboard");
        link.click();
        // The link leaves the page: wait for the concern's address rather than for the page being idle, which it
        // may still be, for a moment, before the browser follows the link.
        ui.waitFor("the concern page, " + concernPage, () -> ui.path().equals(concernPage) ? Boolean.TRUE : null);
        ui.idle();
        nothingRan(ui, "the concern page, reached from the dashboard");
    }

    private void registerListsTheConcern(Ui ui) {
        ui.open("concerns?q=" + id);
        GridElement grid = ui.grid();
        assertThat(grid.rows()).as("the register's row").singleElement()
                .satisfies(row -> assertThat(row.getFirst()).isEqualTo(concernTitle));
        grid.open(id);
        assertThat(ui.path()).matches("concerns/\\d+");
        nothingRan(ui, "the concern register, then the concern opened from it");
    }

    private void recordMeasureWithEvent(Ui ui) {
        ui.open("measures/new");
        new ItemForms(ui).measure(measureTitle);
        ui.click("Save");
        assertThat(ui.notifications()).contains("Saved “" + measureTitle + "”");
        nothingRan(ui, "the measure page");

        new ItemForms(ui).event(summary);
        ui.field("Sources").pick(id, publisher + " — " + sourceTitle);
        nothingRan(ui, "the new event dialog citing the source");
        ui.click("Save event");
        assertThat(ui.waitForText(summary)).as("the measure's events").contains(summary);
        nothingRan(ui, "the measure's events");

        // Selenium scrolls nothing inside the app's layout: the events below the form are brought into view first.
        ui.script("arguments[0][0].scrollIntoView({block: 'center'})", ui.<Object>waitFor("the events", () -> ui.script(Dom.GRIDS)));
        ui.grid().open(id);
        ui.waitFor("the event's dialog, which offers to delete it", () -> ui.script(Dom.BUTTON, "Delete"));
        assertThat(ui.text()).as("the event dialog, with the source as typed")
                .contains(summary.length() + " / 2,000", publisher + " — " + sourceTitle);
        nothingRan(ui, "the event dialog");
        ui.click("Cancel");
    }

    private void measuresRegisterListsTheMeasure(Ui ui) {
        ui.open("measures?q=" + id);
        assertThat(ui.grid().rows()).as("the measures register's row").singleElement()
                .satisfies(row -> assertThat(row).contains(measureTitle));
        nothingRan(ui, "the measures register");
    }

    private void timelineShowsTheStep(Ui ui, String measurePage) {
        ui.open("timeline?q=" + id);
        GridElement grid = ui.grid();
        assertThat(grid.rows()).as("the timeline's events").singleElement()
                .satisfies(row -> assertThat(row).contains(measureTitle, summary));
        List<WebElement> markers = ui.all(".timeline-event");
        assertThat(markers).as("the step drawn on the timeline").hasSize(1);
        assertThat(markers.getFirst().getDomAttribute("title")).contains(measureTitle);
        hover(ui, markers.getFirst());
        nothingRan(ui, "the timeline");

        grid.open(id);
        assertThat(ui.waitForText(summary)).as("the step's details").contains(measureTitle,
                publisher + " — " + sourceTitle);
        WebElement source = link(ui, publisher + " — " + sourceTitle);
        assertThat(source.getDomAttribute("href")).isEqualTo("https://example.org/sources/" + id);
        hover(ui, source);
        nothingRan(ui, "the step's details");

        link(ui, measureTitle).click();
        // The click reaches the router before any request leaves: Vaadin can still be idle right after it.
        ui.waitFor("the measure page", () -> ui.path().equals(measurePage));
        ui.idle();
        nothingRan(ui, "the measure page, reached from the timeline");
    }

    private void reportsDownloadTheTitleAsText(Ui ui) {
        ui.open("reports?report=CONCERNS");
        nothingRan(ui, "the reports page");
        Downloads.Csv csv = new Downloads(ui).csv("Download CSV");
        assertThat(csv.column("title")).as("the concern register report").contains(concernTitle);
    }

    /** The page shows no element made from the stored texts, and none of their scripts has set the flag. */
    private static void nothingRan(Ui ui, String screen) {
        ui.idle();
        @SuppressWarnings("unchecked")
        List<String> injected = (List<String>) ui.script(INJECTED);
        assertThat(injected).as("elements made from stored text on %s", screen).isEmpty();
        Object flag = ui.script("return typeof window.__xss === 'undefined' ? null : String(window.__xss)");
        assertThat(flag).as("window.__xss on %s (set by the script stored as text number %s)", screen, flag).isNull();
    }

    /** The visible link whose text is {@code text}. */
    private static WebElement link(Ui ui, String text) {
        return ui.waitFor("a link '" + text + "'", () -> ui.script(Dom.BUTTON, text));
    }

    private static void hover(Ui ui, WebElement element) {
        ui.script("arguments[0].scrollIntoView({block: 'center'})", element);
        new Actions(ui.driver()).moveToElement(element).perform();
        ui.idle();
    }
}
