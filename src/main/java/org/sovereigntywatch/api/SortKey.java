package org.sovereigntywatch.api;

import org.jspecify.annotations.Nullable;

import java.util.function.Function;

/**
 * One order an API register can be sorted by: its name in the {@code sort} parameter, the entity property it reads,
 * how a row gives its value (for the cursor) and how a cursor's text turns back into one.
 *
 * @param <R> the register's row
 */
record SortKey<R>(String name, String property, Function<R, @Nullable Object> value, Function<String, Object> parse) {
}
