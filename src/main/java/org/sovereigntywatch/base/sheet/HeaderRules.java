package org.sovereigntywatch.base.sheet;

import org.sovereigntywatch.base.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the first row must be: the names of the columns. Refuses a first row with a column left unnamed, one that
 * names a column twice, and one that is data rather than names (a file without a header would otherwise lose its
 * first row silently, and have its columns guessed from values).
 */
final class HeaderRules {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d\\s.,]*\\d[\\d\\s.,]*%?");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}(-\\d{1,2})?([T ].*)?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}/\\d{1,2}/\\d{1,2}");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final int EXAMPLES = 3;

    private HeaderRules() {
    }

    /**
     * The header's column names from the first non-blank row: stripped, trailing empty cells dropped (a spreadsheet
     * often writes a few after the last column).
     */
    static List<String> header(SheetRow first, SheetFormat format) throws SheetException {
        List<String> names = new ArrayList<>();
        for (String cell : first.cells()) {
            names.add(strip(cell));
        }
        while (!names.isEmpty() && names.getLast().isEmpty()) {
            names.removeLast();
        }
        Text place = format.place(first.line());
        int unnamed = names.indexOf("");
        if (unnamed >= 0) {
            throw new SheetException(new Text("sheet.header.unnamed", SheetReader.column(unnamed), place));
        }
        refuseData(names, place);
        refuseDuplicates(names);
        return List.copyOf(names);
    }

    /** A value's surrounding spaces, non-breaking ones included (Excel users paste them from web pages). */
    static String strip(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    /** Whether a cell holds nothing but spaces, by the same measure as {@link #strip}. */
    static boolean blank(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!isSpace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** A web address is never a column's name; a row of nothing but numbers and dates is data too. */
    private static void refuseData(List<String> names, Text place) throws SheetException {
        List<String> addresses = names.stream().filter(name -> ADDRESS.matcher(name).matches()).toList();
        boolean allValues = names.stream()
                .allMatch(name -> NUMBER.matcher(name).matches() || DATE.matcher(name).matches());
        if (addresses.isEmpty() && !allValues) {
            return;
        }
        List<String> examples = addresses.isEmpty() ? names : addresses;
        throw new SheetException(new Text("sheet.header.data", TextList.quoted(examples.stream().limit(EXAMPLES)
                .map(SheetReader::shortened).toList(), TextList.Join.COMMA), place));
    }

    /** Two columns whose names differ only in case or spaces would be mapped to the same field. */
    private static void refuseDuplicates(List<String> names) throws SheetException {
        Map<String, List<Integer>> columnsByKey = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columnsByKey.computeIfAbsent(key(names.get(i)), key -> new ArrayList<>()).add(i);
        }
        List<Text> duplicates = columnsByKey.values().stream().filter(columns -> columns.size() > 1)
                .map(columns -> (Text) new Text("sheet.header.same-name", new TextList(columns.stream()
                        .map(column -> new Text("sheet.header.named-column", quoted(names.get(column)),
                                SheetReader.column(column))).toList(), TextList.Join.AND)))
                .toList();
        if (!duplicates.isEmpty()) {
            throw new SheetException(new Text("sheet.header.duplicates",
                    new TextList(duplicates, TextList.Join.SEMICOLON)));
        }
    }

    /** A name as compared for duplicates: in lower case, without any spaces. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().filter(c -> !isSpace(c)).forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static Text quoted(String text) {
        return TextList.quoted(SheetReader.shortened(text));
    }
}
