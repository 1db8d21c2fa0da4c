package org.sovereigntywatch.browser;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An analyst records a measure whose steps are known to the year, the month and the day, and one still expected; the
 * timeline draws the four as the README says (a month or a year as a span as wide as that period, a day as a point
 * on its date, the expected step hollow with a dashed border), and a click on a step shows its details.
 */
@RealBrowser
class TimelineJourneyIT {

    /** How far, in pixels, a drawn edge may sit from where the axis puts its date: rounding and borders. */
    private static final double PIXELS = 2.0;

    private static final MeasurePage.Source DOCKET = new MeasurePage.Source("Docket 24-656",
            "Supreme Court of the United States — Docket 24-656: TikTok Inc., et al. v. Garland");

    @Test
    void a_measure_with_a_year_a_month_a_day_and_an_expected_step_is_drawn_and_its_steps_open_their_details(Ui ui) {
        String title = "Timeline journey measure " + UUID.randomUUID().toString().substring(0, 8);
        int thisYear = LocalDate.now().getYear();
        int twoYearsAgo = thisYear - 2;
        int lastYear = thisYear - 1;
        int nextYear = thisYear + 1;
        ui.signIn("analyst");

        // Any day of a month or a year will do: the dialog reads it as the whole period.
        MeasurePage measure = MeasurePage.recordNew(ui, title, "United States", "US — United States", "TikTok",
                "A measure recorded by the timeline journey.")
                .addEvent(new MeasurePage.Step("Year", LocalDate.of(twoYearsAgo, 7, 4), "Introduced", false,
                        "Introduced some time that year.", null))
                .addEvent(new MeasurePage.Step("Month", LocalDate.of(lastYear, 3, 17), "Adopted", false,
                        "Adopted in the spring, day not on record.", DOCKET))
                .addEvent(new MeasurePage.Step("Day", LocalDate.of(lastYear, 6, 15), "Signed", false,
                        "Signed into law.", null))
                .addEvent(new MeasurePage.Step("Day", LocalDate.of(nextYear, 3, 1), "In force", true,
                        "Due to take effect.", null));
        String yearDate = String.valueOf(twoYearsAgo);
        String monthDate = "March " + lastYear;
        String dayDate = "15 June " + lastYear;
        String expectedDate = "1 March " + nextYear;
        assertThat(measure.events()).as("the measure's events, in date order")
                .extracting(row -> row.subList(0, 3))
                .containsExactly(List.of(yearDate, "Introduced", "Happened"), List.of(monthDate, "Adopted", "Happened"),
                        List.of(dayDate, "Signed", "Happened"), List.of(expectedDate, "In force", "Expected"));

        // Four years from January two years ago: the axis then has month ticks too.
        TimelinePage timeline = TimelinePage.open(ui)
                .jurisdiction("United States", "US — United States")
                .search(title)
                .between(LocalDate.of(twoYearsAgo, 1, 1), LocalDate.of(nextYear, 12, 31));

        Map<String, List<TimelinePage.Mark>> lanes = timeline.lanes();
        assertThat(lanes).as("one lane, the measure's jurisdiction").containsOnlyKeys("US");
        List<TimelinePage.Mark> marks = lanes.get("US");
        String ofMeasure = " · " + title + " (draft)";
        assertThat(marks).extracting(TimelinePage.Mark::title).as("the steps' tooltips, in date order").containsExactly(
                yearDate + " · Introduced" + ofMeasure, monthDate + " · Adopted" + ofMeasure,
                dayDate + " · Signed" + ofMeasure, expectedDate + " · In force (expected)" + ofMeasure);
        TimelinePage.Mark year = marks.get(0);
        TimelinePage.Mark month = marks.get(1);
        TimelinePage.Mark day = marks.get(2);
        TimelinePage.Mark expected = marks.get(3);

        assertThat(year.is("span")).as("a year is drawn as a span").isTrue();
        assertThat(year.left()).as("the year's span starts at its year").isCloseTo(
                timeline.tick(Month.JANUARY, twoYearsAgo), within(PIXELS));
        assertThat(year.right()).as("and ends where the next year starts").isCloseTo(
                timeline.tick(Month.JANUARY, twoYearsAgo + 1), within(PIXELS));
        assertThat(month.is("span")).as("a month is drawn as a span, not as its first day").isTrue();
        assertThat(month.left()).as("the month's span starts at its month").isCloseTo(
                timeline.tick(Month.MARCH, lastYear), within(PIXELS));
        assertThat(month.right()).as("and ends where the next month starts").isCloseTo(
                timeline.tick(Month.APRIL, lastYear), within(PIXELS));
        double june = timeline.tick(Month.JUNE, lastYear);
        double fifteenth = june + 14 * (timeline.tick(Month.JULY, lastYear) - june) / 30;
        assertThat(day.is("point")).as("a day is drawn as a point").isTrue();
        assertThat(day.left() + day.width() / 2).as("centred on its day").isCloseTo(fifteenth, within(PIXELS));

        assertThat(List.of(year, month, day)).as("steps that happened: solid, not marked expected")
                .allSatisfy(mark -> {
                    assertThat(mark.is("expected")).isFalse();
                    assertThat(mark.border()).isEqualTo("solid");
                });
        assertThat(expected.is("expected")).as("the expected step is marked expected").isTrue();
        assertThat(expected.border()).as("drawn hollow with a dashed border").isEqualTo("dashed");
        assertThat(expected.is("point")).isTrue();

        String monthDetails = timeline.open(month.title());
        assertThat(monthDetails).as("the details of the month's step").contains(monthDate + " · Adopted", title,
                "US — United States", "Adopted in the spring, day not on record.", DOCKET.shown())
                .doesNotContain("No source recorded");
        assertThat(timeline.detailLinks()).contains("https://www.supremecourt.gov/docket/docketfiles/html/public/24-656.html");

        String expectedDetails = timeline.open(expected.title());
        assertThat(expectedDetails).as("the details of the expected step").contains(
                expectedDate + " · In force (expected)", title, "Due to take effect.", "No source recorded for this step.");
        assertThat(timeline.open(year.title())).as("the details of the year's step")
                .contains(yearDate + " · Introduced", "Introduced some time that year.");
    }
}
