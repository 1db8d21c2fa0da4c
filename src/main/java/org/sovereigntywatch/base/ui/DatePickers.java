package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.sovereigntywatch.base.PlausibleDate;
import org.sovereigntywatch.base.Texts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The app's date pickers: they read and write dates in the format of the UI's locale (the user's choice, else the
 * browser's, as {@link org.sovereigntywatch.base.LocaleChoice} picks it): 13/11/2023 in a British or French browser,
 * and in a German one (which reads English with German dates), 11/13/2023 in an American one. ISO dates (2023-11-13)
 * are understood everywhere. The calendar names months and weekdays in the user's language and starts the week on the
 * locale's first day; input that does not parse gets a message naming the format expected, a date outside the years
 * 1900 to 2200 one naming that range.
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
        String outOfRange = Translations.text("date.plausible.picker", String.valueOf(PlausibleDate.FIRST_YEAR),
                String.valueOf(PlausibleDate.LAST_YEAR));
        picker.setI18n(new DatePickerI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
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
        i18n.setBadInputErrorMessage(Texts.format(locale, "date.picker.bad-input", shown(pattern, locale)));
        // java.time counts Monday as 1 and Sunday as 7; the picker counts Sunday as 0.
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();
        i18n.setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        i18n.setWeekdaysShort(sundayFirst.stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
        i18n.setToday(Texts.format(locale, "date.picker.today"));
        i18n.setCancel(Texts.format(locale, "date.picker.cancel"));
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

    /**
     * A pattern as users read it, with the letters of their language for day, month and year: {@code DD/MM/YYYY},
     * {@code M/D/YYYY}, {@code JJ/MM/AAAA}.
     */
    static String shown(String pattern, Locale locale) {
        String letters = Texts.bundle(locale).getString("date.picker.letters");
        return pattern.replace('d', letters.charAt(0)).replace('M', letters.charAt(1)).replace('y', letters.charAt(2));
    }
}
