package org.sovereigntywatch.base;

import org.jspecify.annotations.Nullable;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A filter in words, for the security log's note of an export: {@code jurisdiction CN, US; state PUBLISHED; text
 * "oracle"; dates 2024-01-01 to 2024-12-31}. Parts left unset are left out; nothing set at all reads {@code none}.
 * Coded values (enums) appear by name, so the words stay the same whatever language the user reads.
 */
public final class FilterWords {

    private final List<String> parts = new ArrayList<>();

    /** {@code name} and the values, sorted, when there are any. */
    public FilterWords each(String name, Collection<?> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + String.join(", ", values.stream().map(FilterWords::word).sorted().toList()));
        }
        return this;
    }

    /** {@code name} and the value, when it is set (not null, not blank). */
    public FilterWords one(String name, @Nullable Object value) {
        if (value != null && !word(value).isBlank()) {
            parts.add(name + " " + word(value));
        }
        return this;
    }

    /** Free text, quoted, when any was typed. */
    public FilterWords text(String name, String text) {
        if (!text.isBlank()) {
            parts.add(name + " \"" + text + "\"");
        }
        return this;
    }

    /** {@code words} alone, when {@code set}: {@code open only}. */
    public FilterWords flag(String words, boolean set) {
        if (set) {
            parts.add(words);
        }
        return this;
    }

    /** {@code name from A to B}, {@code name from A} or {@code name to B}, when either end is set. */
    public FilterWords range(String name, @Nullable Temporal from, @Nullable Temporal to) {
        if (from != null || to != null) {
            parts.add(name + (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to));
        }
        return this;
    }

    @Override
    public String toString() {
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static String word(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : Objects.toString(value);
    }
}
