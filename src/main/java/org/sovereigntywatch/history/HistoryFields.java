package org.sovereigntywatch.history;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a kind of item its history shows, each with its label and how its value is read from a stored
 * version: the kind's feature declares them once, in the order its form shows them. Related items are read as the
 * names people know them by (a platform's name, a jurisdiction's code, sources' titles); what is not declared
 * (versions, derived values) never shows.
 *
 * @param <T> the item type
 */
@FeatureApi
public final class HistoryFields<T> {

    private record Field<T>(String labelKey, Function<T, @Nullable Object> value, boolean longText) {
    }

    private final Class<T> type;
    private final List<Field<T>> fields = new ArrayList<>();

    private HistoryFields(Class<T> type) {
        this.type = type;
    }

    /** No fields yet, of items of {@code type}. */
    public static <T> HistoryFields<T> of(Class<T> type) {
        return new HistoryFields<>(type);
    }

    public Class<T> type() {
        return type;
    }

    /** A field shown as its value. */
    public HistoryFields<T> field(String labelKey, Function<T, @Nullable Object> value) {
        fields.add(new Field<>(labelKey, value, false));
        return this;
    }

    /** A field of running text, shown as a word diff. */
    public HistoryFields<T> longText(String labelKey, Function<T, @Nullable String> value) {
        fields.add(new Field<>(labelKey, value::apply, true));
        return this;
    }

    /**
     * The fields whose values differ between two versions; for a first version ({@code before} null) every field that
     * has a value.
     */
    public List<FieldChange> changes(@Nullable T before, T after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            Object was = before == null ? null : normal(field.value().apply(before));
            Object is = normal(field.value().apply(after));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field.labelKey(), was, is, field.longText()));
            }
        }
        return changes;
    }

    /** Names of related items, sorted, for a field that holds several: the same set reads the same in any order. */
    public static <X> List<String> names(Collection<X> related, Function<X, String> name) {
        return related.stream().map(name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Empty texts and empty lists read as no value, so that "" → null is no change. */
    private static @Nullable Object normal(@Nullable Object value) {
        if (value instanceof String text && text.isBlank() || value instanceof Collection<?> list && list.isEmpty()) {
            return null;
        }
        return value;
    }
}
