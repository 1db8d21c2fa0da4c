package org.sovereigntywatch.base.ui;

import com.vaadin.flow.data.provider.BackEndDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * What a combo box offers when a service searches its items by words: the items matching what the user types, a page
 * at a time, and how many there are, both from the service, which filters, sorts and counts in SQL. A picker never
 * loads every item: there are thousands of jurisdictions with the regions, and sources grow without end.
 */
public final class SearchedItems {

    private SearchedItems() {
    }

    /**
     * @param list  one page of the items matching the words typed ({@code platforms::list})
     * @param count how many items match the words typed ({@code platforms::count})
     */
    public static <T> BackEndDataProvider<T, String> of(BiFunction<String, Pageable, List<T>> list,
                                                        ToLongFunction<String> count) {
        return DataProvider.fromFilteringCallbacks(
                query -> list.apply(query.getFilter().orElse(""), toSpringPageRequest(query)).stream(),
                query -> (int) count.applyAsLong(query.getFilter().orElse("")));
    }
}
