package org.sovereigntywatch.browser;

import java.time.LocalDate;
import java.util.List;

/** A policy measure's page as an analyst uses it: the form of a new measure, then its events and their dialog. */
final class MeasurePage {

    /**
     * One dated step as typed into the event dialog.
     *
     * @param precision what the dialog's "Date known to the" offers: "Day", "Month" or "Year"
     * @param source    the text to search the sources by and the source's label as the picker shows it, or null
     */
    record Step(String precision, LocalDate date, String action, boolean expected, String summary,
                Source source) {
    }

    /** A recorded source: what to type to find it, and how the picker lists it ("Publisher — Title"). */
    record Source(String typed, String shown) {
    }

    private final Ui ui;

    private MeasurePage(Ui ui) {
        this.ui = ui;
    }

    /**
     * Records a new measure from the Measures register's "New measure" button and lands on its page.
     *
     * @param jurisdictionTyped what to type to find the jurisdiction ("United States")
     * @param jurisdiction      its label as the picker shows it ("US — United States")
     * @param platform          a platform it affects, by name
     */
    static MeasurePage recordNew(Ui ui, String title, String jurisdictionTyped, String jurisdiction, String platform,
                                 String summary) {
        ui.click("Measures");
        ui.click("New measure");
        ui.field("Title").type(title);
        ui.field("Jurisdiction").pick(jurisdictionTyped, jurisdiction);
        ui.field("Platforms affected").pick(platform, platform);
        ui.field("Summary").type(summary);
        ui.click("Save");
        ui.waitFor("the saved measure's page", () -> ui.path().matches("measures/\\d+") ? Boolean.TRUE : null);
        ui.waitForText("Add event");
        return new MeasurePage(ui);
    }

    /** Adds a step through "Add event" and its dialog, and waits until the dialog has closed. */
    MeasurePage addEvent(Step step) {
        ui.click("Add event");
        ui.waitForText("Save event");
        ui.field("Date known to the").choose(step.precision());
        ui.field("Date").enter(step.date().toString());
        ui.field("Action").choose(step.action());
        ui.field("Expected: scheduled, not happened yet").tick(step.expected());
        ui.field("Summary").type(step.summary());
        if (step.source() != null) {
            ui.field("Sources").pick(step.source().typed(), step.source().shown());
        }
        ui.click("Save event");
        ui.waitFor("the event dialog to close", () -> ui.text().contains("Save event") ? null : Boolean.TRUE);
        return this;
    }

    /** The events section's rows, in the order shown: date, action, status, summary, number of sources. */
    List<List<String>> events() {
        return ui.grid(0).rows();
    }
}
