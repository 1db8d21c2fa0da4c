package org.sovereigntywatch.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms work at a laptop's width and a phone's: their Save buttons lie within the window's width where the page
 * shows them, can be scrolled to, are not covered, and save. No page scrolls sideways as a whole.
 */
@RealBrowser
class ViewportJourneyIT {

    /**
     * Where the button is, and what would keep a person from seeing it: the page wider than the window, or an
     * ancestor that clips it (a box with its own scrollbar or hidden overflow that the button sticks out of).
     */
    private static final String PLACE = """
            const button = arguments[0];
            const box = button.getBoundingClientRect();
            const page = document.scrollingElement || document.documentElement;
            let clippedBy = null;
            for (let node = button.parentNode; node && clippedBy === null; node = node.parentNode || node.host) {
              if (node.nodeType !== Node.ELEMENT_NODE) { continue; }
              const style = getComputedStyle(node);
              if (style.overflowX !== 'visible' && node !== document.documentElement && node !== document.body) {
                const outer = node.getBoundingClientRect();
                if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) {
                  clippedBy = node.localName + (node.className && typeof node.className === 'string' ? '.' + node.className : '');
                }
              }
            }
            return { left: box.left, right: box.right, top: box.top, bottom: box.bottom,
                     viewportWidth: document.documentElement.clientWidth, viewportHeight: window.innerHeight,
                     pageWidth: page.scrollWidth, scrollX: window.scrollX, clippedBy: clippedBy };
            """;

    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @ParameterizedTest(name = "at {0}×{1}")
    @CsvSource({"1366, 768", "390, 844"})
    void the_concern_form_and_its_source_dialog_save_at_this_width(int width, int height, Ui ui) {
        ui.resize(width, height);
        ui.signIn("analyst").waitForText("Open concerns");
        ui.open("concerns/new");
        String title = "Viewport concern " + id + " at " + width;
        ItemForms forms = new ItemForms(ui).concern(title);
        forms.newSource("Viewport press " + id, "Viewport source " + width, "https://example.org/viewport/" + id + "/" + width);
        saveIsWithinReach(ui, "Save source", width, height);
        forms.saveSource();
        assertThat(ui.text()).contains("Viewport press " + id + " — Viewport source " + width);

        saveIsWithinReach(ui, "Save", width, height);
        ui.click("Save");

        assertThat(ui.notifications()).contains("Saved “" + title + "”");
        assertThat(ui.path()).matches("concerns/\\d+");
    }

    @ParameterizedTest(name = "at {0}×{1}")
    @CsvSource({"1366, 768", "390, 844"})
    void the_measure_form_and_its_event_dialog_save_at_this_width(int width, int height, Ui ui) {
        ui.resize(width, height);
        ui.signIn("analyst").waitForText("Open concerns");
        ui.open("measures/new");
        String title = "Viewport measure " + id + " at " + width;
        new ItemForms(ui).measure(title);

        saveIsWithinReach(ui, "Save", width, height);
        ui.click("Save");
        assertThat(ui.notifications()).contains("Saved “" + title + "”");
        assertThat(ui.path()).matches("measures/\\d+");

        String summary = "Viewport step " + id;
        new ItemForms(ui).event(summary);
        saveIsWithinReach(ui, "Save event", width, height);
        ui.click("Save event");
        assertThat(ui.grid().awaitRow(summary).rows()).as("the measure's events").anySatisfy(row -> assertThat(row).contains(summary));
    }

    @ParameterizedTest(name = "at {0}×{1}")
    @CsvSource({"1366, 768", "390, 844"})
    void the_user_form_saves_at_this_width(int width, int height, Ui ui) {
        ui.resize(width, height);
        ui.signIn("admin").waitForText("Open concerns");
        ui.open("users");
        ui.click("New user");
        String username = "viewport-" + id + "-" + width;
        ui.field("Username").type(username);
        ui.field("Display name").type("Viewport " + id);
        ui.field("Role").choose("Viewer");
        ui.field("Password").type("lantern-harbour-violet-" + id + "-quietly");

        saveIsWithinReach(ui, "Save", width, height);
        ui.click("Save");

        assertThat(ui.notifications()).contains("Saved " + username);
    }

    /**
     * The button {@code text}: inside the window's width as the page lays it out, in no box that cuts it off, on a
     * page no wider than the window; then scrolled to, fully in view. The click that follows fails if something covers
     * it (Selenium clicks only what is on top at that point).
     */
    private static void saveIsWithinReach(Ui ui, String text, int width, int height) {
        assertThat(ui.script("return [window.innerWidth, window.innerHeight]"))
                .as("the viewport").isEqualTo(java.util.List.of((long) width, (long) height));
        WebElement button = ui.waitFor("a button '" + text + "'", () -> ui.script(Dom.BUTTON, text));

        Map<String, Object> laidOut = place(ui, button);
        String where = text + " at " + width + "×" + height + ": " + laidOut;
        assertThat(number(laidOut, "pageWidth")).as("the page's width, " + where)
                .isLessThanOrEqualTo(number(laidOut, "viewportWidth"));
        assertThat(laidOut.get("clippedBy")).as("a box cutting off " + where).isNull();
        assertThat(number(laidOut, "left")).as("left edge of " + where).isGreaterThanOrEqualTo(0);
        assertThat(number(laidOut, "right")).as("right edge of " + where)
                .isLessThanOrEqualTo(number(laidOut, "viewportWidth"));

        ui.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", button);
        Map<String, Object> scrolled = place(ui, button);
        String after = text + " scrolled to: " + scrolled;
        assertThat(number(scrolled, "scrollX")).as("the page scrolled sideways, " + after).isZero();
        assertThat(number(scrolled, "top")).as("top edge of " + after).isGreaterThanOrEqualTo(0);
        assertThat(number(scrolled, "bottom")).as("bottom edge of " + after)
                .isLessThanOrEqualTo(number(scrolled, "viewportHeight"));
        assertThat(number(scrolled, "left")).as("left edge of " + after).isGreaterThanOrEqualTo(0);
        assertThat(number(scrolled, "right")).as("right edge of " + after)
                .isLessThanOrEqualTo(number(scrolled, "viewportWidth"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> place(Ui ui, WebElement button) {
        return (Map<String, Object>) ui.script(PLACE, button);
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
