package org.sovereigntywatch.timeline;

import org.sovereigntywatch.base.Localized;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;

/**
 * A date as precisely as it is known, standing for a period: a day, a month or a year. "January 2021" is the whole of
 * January, from {@link #start()} to {@link #end()}, drawn as a span on a timeline.
 * <p>
 * Dates are ordered by the start of their period; at the same start the wider period comes first (2021, then
 * January 2021, then 1 January 2021), so that a span is read before the days within it.
 */
public record PolicyDate(LocalDate start, DatePrecision precision) implements Comparable<PolicyDate>, Localized {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofLocalizedPattern("yMMMM");
    private static final Comparator<PolicyDate> ORDER = Comparator.comparing(PolicyDate::start)
            .thenComparing(PolicyDate::precision, Comparator.reverseOrder());

    /** Any day of the period will do: it is moved to the period's first day. */
    public PolicyDate {
        start = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    public static PolicyDate day(int year, int month, int day) {
        return new PolicyDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    public static PolicyDate month(int year, int month) {
        return new PolicyDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PolicyDate year(int year) {
        return new PolicyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /**
     * The earliest start a period reaching {@code day} can have: no period is longer than a year. A query for the
     * events overlapping a range adds it to "ends on or after the range's first day", so that the index on the start
     * skips every older event instead of reading them all to check their end.
     */
    public static LocalDate earliestStartReaching(LocalDate day) {
        return day.minusYears(1).plusDays(1);
    }

    /** Whether the whole period lies before {@code day}. */
    public boolean isBefore(LocalDate day) {
        return end().isBefore(day);
    }

    /**
     * The period as readers of {@code locale} write it: "17 January 2025" (en-GB), "January 17, 2025" (en-US),
     * « 17 janvier 2025 »; "January 2021", « janvier 2021 »; "2021".
     */
    @Override
    public String format(Locale locale) {
        return switch (precision) {
            case DAY -> DAY.withLocale(locale).format(start);
            case MONTH -> MONTH.withLocale(locale).format(start);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** For CSV: "2025-01-17", "2021-01", "2021". */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    @Override
    public int compareTo(PolicyDate other) {
        return ORDER.compare(this, other);
    }
}
