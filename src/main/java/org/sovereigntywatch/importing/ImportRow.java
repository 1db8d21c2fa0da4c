package org.sovereigntywatch.importing;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.base.sheet.SheetRow;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.PolicyDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of a file read through the mapping: its cells by field name, read leniently where that is safe (a choice by
 * its coded name or its label in English or French, yes/no in either language, dates as precise as given), and the
 * problems found in it, each naming the column and the value as the file has them. Problems and notices are texts
 * ({@code import.row.*} keys with their arguments), put into words in the language of whoever reads them.
 */
public final class ImportRow {

    /** Several values in one cell, as our exports join them. */
    static final String SEPARATOR = "|";

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "oui", "vrai", "x");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "non", "faux", "");

    private final SheetRow row;
    private final ColumnMapping mapping;
    private final Map<String, Integer> columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Text> notices = new ArrayList<>();

    ImportRow(SheetRow row, ColumnMapping mapping) {
        this(row, mapping, mapping.index());
    }

    /** @param columns the mapping's {@linkplain ColumnMapping#index index}, made once for all the rows of a file */
    ImportRow(SheetRow row, ColumnMapping mapping, Map<String, Integer> columns) {
        this.row = row;
        this.mapping = mapping;
        this.columns = columns;
        if (row.ragged(mapping.header().size())) {
            problems.add(new ImportProblem(row.line(), "", "", new Text("import.row.ragged", row.cells().size(),
                    mapping.header().size())));
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
     * One of a vocabulary's values, by its coded name ({@code STATE_ACCESS}) or its label in English or French
     * ("State access", « Accès étatique »), ignoring case, accents, spaces and punctuation ({@link
     * ImportField#choiceOf}). A blank cell takes the mapping's value for rows without one, if it gives one; else
     * {@code null}, and the item's default applies.
     */
    public <E extends Enum<E>> @Nullable E choice(String field, Class<E> type) {
        String text = text(field);
        if (text.isEmpty()) {
            String fallback = mapping.defaults().get(field);
            return fallback == null ? null : Enum.valueOf(type, fallback);
        }
        E found = ImportField.choiceOf(type, text);
        if (found == null) {
            problem(field, "import.row.choice.unknown", text, new ImportField.Choices(type));
        }
        return found;
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
        problem(field, "import.row.number", text, min, max);
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
        problem(field, "import.row.yes-no", text(field));
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
            problem(field, "import.row.date.not-a-day", text);
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
        DatePrecision precision = choice(precisionField, DatePrecision.class);
        return date == null || precision == null ? date : new PolicyDate(date.start(), precision);
    }

    private @Nullable PolicyDate parseDate(String field, String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            problem(field, "import.row.date.format", text);
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return PolicyDate.year(year);
        }
        int month = Integer.parseInt(matcher.group(2));
        if (month < 1 || month > 12) {
            problem(field, "import.row.date.no-such-month", text);
            return null;
        }
        if (matcher.group(3) == null) {
            return new PolicyDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
        }
        try {
            return new PolicyDate(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), DatePrecision.DAY);
        } catch (DateTimeException noSuchDay) {
            problem(field, "import.row.date.no-such-day", text, YearMonth.of(year, month).lengthOfMonth());
            return null;
        }
    }

    /** Notes a problem with the cell of {@code field}: the text of {@code key} with these arguments. */
    public void problem(String field, String key, Object... args) {
        problem(field, new Text(key, args));
    }

    /** Notes a problem with the cell of {@code field}. */
    public void problem(String field, Text message) {
        Integer index = columns.get(field);
        String column = index == null ? field : mapping.header().get(index);
        problems.add(new ImportProblem(row.line(), column, text(field), message));
    }

    /**
     * Notes that another feature refused a value of the cell of {@code field} (a source that cannot be one, say): in
     * its own words, as a text in the reader's language if it gives one, else as its message comes.
     */
    public void refused(String field, RuntimeException refusal) {
        problem(field, refusal instanceof UserMessage explained ? explained.text()
                : new Text("import.row.refused-value", String.valueOf(refusal.getMessage())));
    }

    /** Whether {@code failure} is another feature refusing a value given to it, said in words for the user. */
    static boolean isRefusal(RuntimeException failure) {
        return failure instanceof IllegalArgumentException || failure instanceof FieldErrorException;
    }

    /** Notes a problem with the row as a whole: the text of {@code key} with these arguments. */
    public void rowProblem(String key, Object... args) {
        problems.add(new ImportProblem(row.line(), "", "", new Text(key, args)));
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
                    Text message = new Text("import.row.invalid", ValidationText.of(violation));
                    if (field == null) {
                        problems.add(new ImportProblem(row.line(), "", "", message));
                    } else {
                        problem(field, message);
                    }
                });
    }

    /**
     * Notes a difference between the row and the recorded item it matches, which the import leaves as recorded: the
     * text of {@code key} with these arguments.
     */
    public void notice(String key, Object... args) {
        notices.add(new Text(key, args));
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public List<Text> notices() {
        return List.copyOf(notices);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
