package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.sovereigntywatch.base.PlausibleDate;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Locale;

/**
 * The app's date pickers: they read and write dates in the format of the user's locale (the browser's, see
 * {@link BrowserLocale}): 13/11/2023 in a British or French browser, 13.11.2023 in a German one, 11/13/2023 in an
 * American one. ISO dates (2023-11-13) are understood everywhere. Input that does not parse gets a message naming the
 * format expected, a date outside the years 1900 to 2200 one naming that range, and the week starts on the locale's
 * first day.
 */
public final class DatePickers {

    static final String ISO = "yyyy-MM-dd";

    private DatePickers() {
    }

    /**
     * A date picker following the locale of the UI it is shown in, offering only the dates a record may hold
     * ({@link PlausibleDate}): its calendar stops at 1900 and 2200, and a date typed outside gets the same message as
     * the entity's validation gives.
     */
    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setMin(PlausibleDate.FIRST);
        picker.setMax(PlausibleDate.LAST);
        picker.setI18n(new DatePickerI18n().setMinErrorMessage(PlausibleDate.MESSAGE)
                .setMaxErrorMessage(PlausibleDate.MESSAGE));
        picker.addAttachListener(attach -> localise(picker, attach.getUI().getLocale()));
        return picker;
    }

    /** Offers no date after {@code last} (within the plausible range), refusing a later one with {@code message}. */
    public static DatePicker until(DatePicker picker, LocalDate last, String message) {
        picker.setMax(last.isAfter(PlausibleDate.LAST) ? PlausibleDate.LAST : last);
        picker.setI18n(picker.getI18n().setMaxErrorMessage(message));
        return picker;
    }

    static void localise(DatePicker picker, Locale locale) {
        String pattern = pattern(locale);
        picker.setLocale(locale);
        DatePickerI18n i18n = picker.getI18n() == null ? new DatePickerI18n() : picker.getI18n();
        i18n.setDateFormats(pattern, ISO);
        i18n.setBadInputErrorMessage("Enter a date as " + shown(pattern));
        // java.time counts Monday as 1 and Sunday as 7; the picker counts Sunday as 0.
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        picker.setI18n(i18n);
    }

    /**
     * The locale's short date pattern with a four-digit year, as the picker takes it ({@code dd/MM/yyyy},
     * {@code M/d/yyyy}); ISO where the locale's pattern holds more than a day, a month and a year.
     */
    static String pattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder
                .getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                // Words quoted in a pattern (Bulgarian's "г.") are not typed with a date.
                .replaceAll("[\\s\\p{Z}]*'[^']*'", "")
                .strip()
                .replaceAll("y+", "yyyy");
        String letters = pattern.replaceAll("[^\\p{L}]", "");
        boolean dayMonthYear = letters.matches("[dMy]+")
                && letters.contains("d") && letters.contains("M") && letters.contains("y");
        return dayMonthYear ? pattern : ISO;
    }

    /** A pattern as users read it: {@code DD/MM/YYYY}, {@code M/D/YYYY}. */
    static String shown(String pattern) {
        return pattern.replace('d', 'D').replace('y', 'Y');
    }
}
