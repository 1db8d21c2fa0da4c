package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A filter's choice among fixed values, where choosing nothing means "any": the empty choice reads "Any level",
 * "Any category"…, both in the list and once chosen (a {@link Select} shows the first through its empty selection
 * caption, the second through its item label for {@code null}; set one without the other and the choice reads blank).
 * A filter bar shows no labels, so the "any" text is also its accessible name until {@link #setAriaLabel} gives a
 * better one.
 */
public class AnySelect<T> extends Select<T> {

    /**
     * @param any    the text of the empty choice: "Any level"
     * @param values the values offered, in their order
     * @param labels how each value reads
     */
    public AnySelect(String any, Collection<T> values, ItemLabelGenerator<T> labels) {
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(any);
        setItems(values);
        setItemLabelGenerator(value -> value == null ? any : labels.apply(value));
        setAriaLabel(any);
    }

    /** For the values of an enum: {@code new AnySelect<>(anyLevel, RiskLevel.values(), Translations::label)}. */
    public AnySelect(String any, T[] values, ItemLabelGenerator<T> labels) {
        this(any, List.of(values), labels);
    }

    /** The value chosen as a set, as filters take it: empty for "any". */
    public Set<T> chosen() {
        T value = getValue();
        return value == null ? Set.of() : Set.of(value);
    }
}
