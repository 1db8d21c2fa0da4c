package org.sovereigntywatch.browser;

/**
 * The concern and measure pages' forms and their dialogs (a new source, an event), filled in as an analyst of the
 * demo data fills them: a TikTok concern about US users' data under Chinese law, a US measure. Each method fills what
 * the form requires and leaves pressing Save to the test, which may want to look at the button first.
 */
final class ItemForms {

    static final String NOT_A_WEB_ADDRESS = "Enter a web address starting with http:// or https://";

    private final Ui ui;

    ItemForms(Ui ui) {
        this.ui = ui;
    }

    /**
     * The field {@code label}, brought to the middle of the window first: Selenium's own scrolling leaves a select
     * low on a long form outside the window, and its click then fails.
     */
    private Field field(String label) {
        Field field = ui.field(label);
        ui.script("arguments[0].scrollIntoView({block: 'center'})", field.element());
        return field;
    }

    /** On {@code concerns/new}: every required field but the sources. */
    ItemForms concern(String title) {
        field("Title").type(title);
        field("Platform").choose("TikTok");
        field("Whose users’ data").pick("United States", "US — United States");
        field("Whose law could reach it").pick("China", "CN — China");
        field("Category").choose("State access");
        field("Claim status").choose("Unverified");
        field("Likelihood (1–5)").choose("3");
        // Not 3 again: the likelihood's list, still closing, would offer its "3" first.
        field("Impact (1–5)").choose("4");
        field("Confidence in the evidence").choose("Low");
        field("Treatment").choose("Open");
        return this;
    }

    /** Opens "New source…" and fills it in; {@link #saveSource} sends it. */
    ItemForms newSource(String publisher, String title, String address) {
        ui.click("New source…");
        field("Publisher").type(publisher);
        field("Title").type(title);
        field("Web address").type(address);
        return this;
    }

    /** Presses "Save source": the dialog closes with the source among the item's sources, or shows why not. */
    ItemForms saveSource() {
        ui.click("Save source");
        return this;
    }

    /** On {@code measures/new}: every required field. */
    ItemForms measure(String title) {
        field("Title").type(title);
        field("Jurisdiction").pick("United States", "US — United States");
        field("Platforms affected").choose("TikTok");
        field("Policy area").choose("Data protection");
        field("Instrument").choose("Law");
        return this;
    }

    /** On a saved measure's page: opens "Add event" and describes a step of today; "Save event" sends it. */
    ItemForms event(String summary) {
        ui.click("Add event");
        field("Summary").type(summary);
        return this;
    }
}
