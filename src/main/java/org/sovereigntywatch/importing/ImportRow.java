package org.sovereigntywatch.importing;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.sheet.SheetRow;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.PolicyDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A row of a file read through the mapping: its cells by field name, read leniently where that is safe (a choice by
 * its coded name or its label, yes/no in English or French, dates as precise as given), and the problems found in
 * it, each naming the column and the value as the file has them.
 */
public final class ImportRow {

    /** Several values in one cell, as our exports join them. */
    static final String SEPARATOR = "|";

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "oui", "vrai", "x");
    /** Each vocabulary's values by the key of their coded name and of their label, made once. */
    private static final Map<Class<?>, Map<String, ? extends Enum<?>>> CHOICES =
            new ConcurrentHashMap<>();
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "non", "faux", "");

    private final SheetRow row;
    private final ColumnMapping mapping;
    private final Map<String, Integer> columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    ImportRow(SheetRow row, ColumnMapping mapping) {
        this(row, mapping, mapping.index());
    }

    /** @param columns the mapping's {@linkplain ColumnMapping#index index}, made once for all the rows of a file */
    ImportRow(SheetRow row, ColumnMapping mapping, Map<String, Integer> columns) {
        this.row = row;
        this.mapping = mapping;
        this.columns = columns;
        if (row.ragged(mapping.header().size())) {
            problems.add(new ImportProblem(row.line(), "", "", "This row has " + row.cells().size()
                    + " cells but the header names " + mapping.header().size() + " columns: check its separators and "
                    + "quotes."));
        }
    }

    public long line() {
        return row.line();
    }

    /** The cell of the column filling {@code field}, stripped; empty when no column does. */
    public String text(String field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.cell(column).strip();
    }

    /** The cell, or {@code null} when it is blank or no column fills the field. */
    public @Nullable String optionalText(String field) {
        String text = text(field);
        return text.isEmpty() ? null : text;
    }

    public boolean has(String field) {
        return !text(field).isEmpty();
    }

    /** The values of a cell holding several, joined with {@code |} as our exports write them. */
    public List<String> values(String field) {
        return Arrays.stream(text(field).split(Pattern.quote(SEPARATOR)))
                .map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    /**
     * One of a vocabulary's values, by its coded name ({@code STATE_ACCESS}) or its label ("State access"), ignoring
     * case, accents, spaces and punctuation. A blank cell takes the mapping's value for rows without one, if it
     * gives one; else {@code null}, and the item's default applies.
     */
    public <E extends Enum<E>> @Nullable E choice(String field, Class<E> type, Function<E, String> label) {
        String text = text(field);
        if (text.isEmpty()) {
            String fallback = mapping.defaults().get(field);
            return fallback == null ? null : Enum.valueOf(type, fallback);
        }
        Map<String, ? extends Enum<?>> byKey = CHOICES.computeIfAbsent(type, vocabulary -> {
            Map<String, E> keys = new HashMap<>();
            for (E value : type.getEnumConstants()) {
                keys.putIfAbsent(ImportField.key(value.name()), value);
                keys.putIfAbsent(ImportField.key(label.apply(value)), value);
            }
            return Map.copyOf(keys);
        });
        Enum<?> found = byKey.get(ImportField.key(text));
        if (found != null) {
            return type.cast(found);
        }
        problem(field, "'" + text + "' is not one of the choices: "
                + Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", ")) + ".");
        return null;
    }

    /** A whole number from {@code min} to {@code max}; {@code null} for a blank cell. */
    public @Nullable Integer number(String field, int min, int max) {
        String text = text(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        problem(field, "'" + text + "' is not a whole number from " + min + " to " + max + ".");
        return null;
    }

    /** Yes or no, in English or French, or as {@code true}/{@code false}; a blank cell is no. */
    public boolean yesNo(String field, boolean blank) {
        String text = text(field).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return blank;
        }
        if (YES.contains(text) || NO.contains(text)) {
            return YES.contains(text);
        }
        problem(field, "'" + text(field) + "' is neither yes nor no: write true or false.");
        return blank;
    }

    /** A day written {@code 2025-01-19}; {@code null} for a blank cell. */
    public @Nullable LocalDate day(String field) {
        String text = text(field);
        if (text.isEmpty()) {
            return null;
        }
        PolicyDate date = parseDate(field, text);
        if (date == null) {
            return null;
        }
        if (date.precision() != DatePrecision.DAY) {
            problem(field, "'" + text + "' is not a whole date: write it as 2025-01-19.");
            return null;
        }
        return date.start();
    }

    /**
     * A date as precise as the file gives it — {@code 2025-01-19}, {@code 2021-01} or {@code 2021} — made more or
     * less precise by the precision column when there is one ({@code MONTH}, "Year"); {@code null} if blank or wrong.
     */
    public @Nullable PolicyDate policyDate(String dateField, String precisionField) {
        String text = text(dateField);
        if (text.isEmpty()) {
            return null;
        }
        PolicyDate date = parseDate(dateField, text);
        DatePrecision precision = choice(precisionField, DatePrecision.class, DatePrecision::label);
        return date == null || precision == null ? date : new PolicyDate(date.start(), precision);
    }

    private @Nullable PolicyDate parseDate(String field, String text) {
        Matcher matcher = DATE.matcher(text);
        try {
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                if (matcher.group(3) != null) {
                    return new PolicyDate(LocalDate.of(year, Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3))), DatePrecision.DAY);
                }
                if (matcher.group(2) != null) {
                    return new PolicyDate(YearMonth.of(year, Integer.parseInt(matcher.group(2))).atDay(1),
                            DatePrecision.MONTH);
                }
                return PolicyDate.year(year);
            }
        } catch (DateTimeException notADate) {
            problem(field, "'" + text + "' is not a date that exists: " + notADate.getMessage()
                    .replaceFirst("^Invalid date '?", "").replaceFirst("^Invalid value for ", "") + ".");
            return null;
        }
        problem(field, "'" + text + "' is not a date: write it as 2025-01-19, or 2021-01 for a month, or 2021 for a "
                + "year.");
        return null;
    }

    /** Notes a problem with the cell of {@code field}. */
    public void problem(String field, String message) {
        Integer index = columns.get(field);
        String column = index == null ? field : mapping.header().get(index);
        problems.add(new ImportProblem(row.line(), column, text(field), message));
    }

    /** Notes a problem with the row as a whole. */
    public void rowProblem(String message) {
        problems.add(new ImportProblem(row.line(), "", "", message));
    }

    /**
     * Notes the Bean Validation refusals of an item built from this row, each under the column its property comes
     * from ({@code columns} maps property paths to field names; others are said of the row).
     */
    public void refusals(Set<? extends ConstraintViolation<?>> violations, Map<String, String> columns) {
        violations.stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String property = violation.getPropertyPath().toString().replaceFirst("[\\[.].*", "");
                    String field = columns.get(property);
                    if (field == null) {
                        rowProblem(violation.getMessage() + ".");
                    } else {
                        problem(field, violation.getMessage() + ".");
                    }
                });
    }

    /** Notes a difference between the row and the recorded item it matches, which the import leaves as recorded. */
    public void notice(String text) {
        notices.add(text);
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public List<String> notices() {
        return List.copyOf(notices);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
