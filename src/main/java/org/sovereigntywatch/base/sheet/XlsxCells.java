package org.sovereigntywatch.base.sheet;

import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A workbook cell as the text an import reads: what the user typed, not how Excel stores it. Numbers without a
 * spurious ".0" and to Excel's 15 significant digits (42, 0.1); a cell formatted as a date as an ISO date
 * (2025-01-19), with its time only when it has one (2025-01-19T14:30); booleans as true and false; a formula as its
 * text starting with {@code =}, never the value Excel last computed (nothing here evaluates anything); text as
 * written, less the {@code '} a CSV export put before formula-like text ({@link FormulaCells}), in case the export
 * went through Excel on its way back.
 */
final class XlsxCells {

    /** Excel shows and keeps at most 15 significant digits; more are the binary fraction's noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxCells() {
    }

    static String text(Cell cell) {
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> FormulaCells.unescapeFormula(cell.getText());
            case BOOLEAN -> cell.getValue() == null ? "" : cell.getValue().toString();
            case NUMBER -> number(cell);
            case FORMULA -> cell.getFormula() != null ? "=" + cell.getFormula() : raw(cell);
            case ERROR -> raw(cell);
        };
    }

    private static String raw(Cell cell) {
        return cell.getRawValue() != null ? cell.getRawValue() : cell.getText();
    }

    private static String number(Cell cell) {
        if (!(cell.getValue() instanceof BigDecimal number)) {
            return raw(cell);
        }
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            try {
                return date(cell.asDate(), cell.getDataFormatString());
            } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                // A serial number no calendar holds (negative, or past the year 9999): show the number itself.
            }
        }
        BigDecimal rounded = number.round(EXCEL_DIGITS).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static String date(LocalDateTime value, @Nullable String format) {
        if (value.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return value.toLocalDate().toString();
        }
        boolean timeOnly = format != null && !hasDatePart(format) && value.toLocalDate().getYear() <= 1900;
        return timeOnly ? value.toLocalTime().toString() : value.toString();
    }

    /**
     * Whether a number format shows a date or a time, as Excel decides it: one of its built-in date formats, or a
     * custom one with a day, month, year, hour or second in it once quoted text, escaped characters and bracketed
     * parts (colours, locales) are set aside.
     */
    static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47
                || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String code = codeOnly(format);
        return code.chars().anyMatch(c -> "dmyhsDMYHS".indexOf(c) >= 0);
    }

    private static boolean hasDatePart(String format) {
        return codeOnly(format).chars().anyMatch(c -> "dyDY".indexOf(c) >= 0);
    }

    /** A format code without quoted text, escaped characters and bracketed parts, first section only. */
    private static String codeOnly(String format) {
        StringBuilder code = new StringBuilder();
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracketed) {
                bracketed = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracketed = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                break;
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }
}
