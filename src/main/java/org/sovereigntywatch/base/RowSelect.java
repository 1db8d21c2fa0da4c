package org.sovereigntywatch.base;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JPQL {@code select new Row(…)} of a row record, written from the record's own components, in their order:
 * a field added to the record is selected in its place, so the query cannot list the values in another order than
 * the constructor takes them (a hand-written list compiles either way, and fails, or swaps two strings, at run time).
 */
public final class RowSelect {

    private RowSelect() {
    }

    /**
     * {@code select new Row(path of each component)}.
     *
     * @param pathOf the JPQL path that fills a component, given the component's name
     */
    public static String of(Class<? extends Record> row, Function<String, String> pathOf) {
        return Arrays.stream(row.getRecordComponents()).map(RecordComponent::getName).map(pathOf)
                .collect(Collectors.joining(", ", "select new " + row.getName() + "(", ")"));
    }

    /**
     * {@code select new Row(…)} where a component is filled from the attribute of the same name of {@code alias}
     * ({@code title} from {@code c.title}), unless {@code paths} names another path for it.
     *
     * @throws IllegalArgumentException if {@code paths} names a component the record does not have
     */
    public static String of(Class<? extends Record> row, String alias, Map<String, String> paths) {
        Set<String> components = Arrays.stream(row.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        paths.keySet().stream().filter(name -> !components.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException(row.getSimpleName() + " has no component " + name);
        });
        return of(row, name -> paths.getOrDefault(name, alias + "." + name));
    }
}
