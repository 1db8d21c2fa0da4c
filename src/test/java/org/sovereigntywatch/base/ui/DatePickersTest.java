package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.report.ui.ReportsView;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date pickers read and write dates as the browser's locale does, say which format they expect, and offer only the
 * years 1900 to 2200.
 */
class DatePickersTest extends KaribuTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-GB | en-GB | dd/MM/yyyy | Enter a date as DD/MM/YYYY | January",
            "fr-FR | fr-FR | dd/MM/yyyy | Saisissez une date au format JJ/MM/AAAA | janvier",
            // German is not one of the app's languages: English words, German dates.
            "de-DE | en-DE | dd/MM/yyyy | Enter a date as DD/MM/YYYY | January"})
    void a_european_browser_gets_day_month_year_and_a_message_naming_that_format(String browser, String chosen,
            String pattern, String badInput, String january) {
        Locale locale = Locale.forLanguageTag(chosen);
        DatePicker nextReview = nextReviewIn(Locale.forLanguageTag(browser));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(locale);
        assertThat(nextReview.getLocale()).isEqualTo(locale);
        assertThat(nextReview.getI18n().getDateFormats()).containsExactly(pattern, "yyyy-MM-dd");
        assertThat(nextReview.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(nextReview.getI18n().getMonthNames()).hasSize(12).first().isEqualTo(january);

        browserCannotParse(nextReview, "13/13/2023");
        assertThat(nextReview.isInvalid()).isTrue();
        assertThat(nextReview.getErrorMessage()).isEqualTo(badInput);
    }

    @Test
    void an_american_browser_still_gets_month_day_year() {
        DatePicker nextReview = nextReviewIn(Locale.US);

        assertThat(nextReview.getLocale()).isEqualTo(Locale.US);
        assertThat(nextReview.getI18n().getDateFormats()).containsExactly("M/d/yyyy", "yyyy-MM-dd");
        assertThat(nextReview.getI18n().getFirstDayOfWeek()).isZero();
        assertThat(nextReview.getI18n().getWeekdaysShort()).first().isEqualTo("Sun");
        browserCannotParse(nextReview, "13/11/2023");
        assertThat(nextReview.getErrorMessage()).isEqualTo("Enter a date as M/D/YYYY");
    }

    @Test
    void every_date_picker_of_a_view_follows_the_browser() {
        browserPrefers(Locale.FRANCE);
        login("viewer");
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(_find(DatePicker.class)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(picker -> {
            assertThat(picker.getLocale()).isEqualTo(Locale.FRANCE);
            assertThat(picker.getI18n().getBadInputErrorMessage()).isEqualTo("Saisissez une date au format JJ/MM/AAAA");
            assertThat(picker.getMin()).isEqualTo(LocalDate.of(1900, 1, 1));
            // "As of" offers no day after today; every other picker stops at the plausible range's end.
            assertThat(picker.getMax()).isEqualTo(picker.findAncestor(AsOfField.class) == null
                    ? LocalDate.of(2200, 12, 31) : LocalDate.now());
            assertThat(picker.getI18n().getMinErrorMessage()).isEqualTo("Saisissez une date entre 1900 et 2200");
            assertThat(picker.getI18n().getWeekdays()).first().isEqualTo("dimanche");
            assertThat(picker.getI18n().getToday()).isEqualTo("Aujourd’hui");
        });
    }

    @Test
    void a_date_outside_1900_to_2200_is_refused_with_a_message_naming_the_range() {
        DatePicker nextReview = nextReviewIn(Locale.UK);
        _setValue(nextReview, LocalDate.of(-1, 1, 1));

        assertThat(nextReview.isInvalid()).isTrue();
        assertThat(nextReview.getErrorMessage()).isEqualTo("Enter a date from 1900 to 2200");
        _setValue(nextReview, LocalDate.of(2201, 1, 1));
        assertThat(nextReview.getErrorMessage()).isEqualTo("Enter a date from 1900 to 2200");
    }

    @Test
    void other_locales_get_their_own_order_with_four_digit_years() {
        assertThat(DatePickers.pattern(Locale.JAPAN)).isEqualTo("yyyy/MM/dd");
        assertThat(DatePickers.pattern(Locale.forLanguageTag("bg-BG"))).isEqualTo("d.MM.yyyy.");
        assertThat(DatePickers.shown(DatePickers.pattern(Locale.forLanguageTag("nl-NL")), Locale.forLanguageTag("nl-NL")))
                .isEqualTo("DD-MM-YYYY");
        assertThat(DatePickers.pattern(Locale.ROOT)).isEqualTo("yyyy-MM-dd");
    }

    private DatePicker nextReviewIn(Locale locale) {
        browserPrefers(locale);
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        DatePicker nextReview = _get(DatePicker.class);
        assertThat(nextReview.getValue()).isNull();
        return nextReview;
    }

    /** What the web component reports when the text typed does not parse in its format. */
    private static void browserCannotParse(DatePicker picker, String typed) {
        picker.getElement().setProperty("_inputElementValue", typed);
        _fireDomEvent(picker, "unparsable-change");
    }
}
