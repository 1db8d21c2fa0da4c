package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.sheet.TextList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Which field each column of a file fills, by the column's position: none for a column left unused. Guessed from the
 * headers ({@link #guess}), then shown and changed by the user before any row is read.
 *
 * @param header the file's column headers, in order
 * @param fields   the field each column fills ({@code null}: unused), as many as there are columns
 * @param defaults for fields taking a vocabulary's value, the coded value rows take when they leave it blank (or
 *                 when no column gives it): a timeline without an "action" column can say its steps were announced
 */
public record ColumnMapping(List<String> header, List<@Nullable String> fields, Map<String, String> defaults) {

    public ColumnMapping {
        if (header.size() != fields.size()) {
            throw new IllegalArgumentException("one field, or none, per column");
        }
        header = List.copyOf(header);
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
        defaults = Map.copyOf(defaults);
    }

    public ColumnMapping(List<String> header, List<@Nullable String> fields) {
        this(header, fields, Map.of());
    }

    /**
     * Each column matched to the field its header names ({@link ImportField#isNamed}); a field is given to its first
     * column only, so no two columns fill one field.
     */
    public static ColumnMapping guess(List<String> header, List<ImportField> kindFields) {
        List<@Nullable String> fields = new ArrayList<>();
        for (String column : header) {
            fields.add(kindFields.stream()
                    .filter(field -> field.isNamed(column) && !fields.contains(field.name()))
                    .map(ImportField::name)
                    .findFirst().orElse(null));
        }
        return new ColumnMapping(header, fields);
    }

    /** The same mapping with the column at {@code index} filling {@code field} (or nothing). */
    public ColumnMapping with(int index, @Nullable String field) {
        List<@Nullable String> changed = new ArrayList<>(fields);
        changed.set(index, field);
        return new ColumnMapping(header, changed, defaults);
    }

    /** The same mapping with rows leaving {@code field} blank taking {@code value} (or, if null, nothing). */
    public ColumnMapping withDefault(String field, @Nullable String value) {
        Map<String, String> changed = new HashMap<>(defaults);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return new ColumnMapping(header, fields, changed);
    }

    /** The position of the column filling each field, by field: what a pass looks cells up in, row after row. */
    public Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field != null) {
                index.putIfAbsent(field, i);
            }
        }
        return Map.copyOf(index);
    }

    public boolean fills(String field) {
        return fields.contains(field);
    }

    /** The headers of the columns left unused, in the file's order. */
    public List<String> unused() {
        return IntStream.range(0, header.size()).filter(i -> fields.get(i) == null).mapToObj(header::get).toList();
    }

    /**
     * What keeps this mapping from being used, as texts for the user: a required field no column fills, or a field
     * filled by two columns. Empty when it can be used.
     */
    public List<Text> faults(List<ImportField> kindFields) {
        List<Text> faults = new ArrayList<>();
        for (ImportField field : kindFields) {
            if (field.required() && !fills(field.name()) && !defaults.containsKey(field.name())) {
                faults.add(new Text(field.choices().isEmpty() ? "import.mapping.fault.missing"
                        : "import.mapping.fault.missing-choice", field.label(), field.name()));
            }
        }
        Map<String, List<String>> columnsByField = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = fields.get(i);
            if (field != null) {
                columnsByField.computeIfAbsent(field, f -> new ArrayList<>()).add(header.get(i));
            }
        }
        columnsByField.forEach((name, columns) -> {
            if (columns.size() > 1) {
                Object label = kindFields.stream().filter(field -> field.name().equals(name)).findFirst()
                        .<Object>map(ImportField::label).orElse(name);
                faults.add(new Text("import.mapping.fault.twice", TextList.quoted(columns, TextList.Join.AND), label,
                        name));
            }
        });
        return faults;
    }
}
