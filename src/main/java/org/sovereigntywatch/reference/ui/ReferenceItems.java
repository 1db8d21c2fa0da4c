package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.data.provider.BackEndDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import java.util.Set;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * What every picker of jurisdictions or platforms offers: the items matching what the user types, a page at a time
 * from the service, which filters, sorts and counts in SQL. There are thousands of jurisdictions with the regions:
 * a picker never loads them all.
 */
final class ReferenceItems {

    private ReferenceItems() {
    }

    /**
     * Jurisdictions whose code or name contains the text typed.
     *
     * @param level only jurisdictions of this level, or all when null
     * @param codes only jurisdictions with these codes, or all when empty
     */
    static BackEndDataProvider<Jurisdiction, String> jurisdictions(JurisdictionService service,
                                                                   @Nullable JurisdictionLevel level, Set<String> codes) {
        return DataProvider.fromFilteringCallbacks(
                query -> service.list(jurisdictionFilter(query, level, codes), toSpringPageRequest(query)).stream(),
                query -> (int) service.count(jurisdictionFilter(query, level, codes)));
    }

    /** The codes of the jurisdictions whose code or name contains the text typed. */
    static BackEndDataProvider<String, String> jurisdictionCodes(JurisdictionService service) {
        return DataProvider.fromFilteringCallbacks(
                query -> service.list(jurisdictionFilter(query, null, Set.of()), toSpringPageRequest(query)).stream()
                        .map(Jurisdiction::getCode),
                query -> (int) service.count(jurisdictionFilter(query, null, Set.of())));
    }

    /** Platforms whose name, another name or operator contains the text typed. */
    static BackEndDataProvider<Platform, String> platforms(PlatformService service) {
        return DataProvider.fromFilteringCallbacks(
                query -> service.list(typed(query), toSpringPageRequest(query)).stream(),
                query -> (int) service.count(typed(query)));
    }

    private static JurisdictionFilter jurisdictionFilter(Query<?, String> query, @Nullable JurisdictionLevel level,
                                                         Set<String> codes) {
        return new JurisdictionFilter(typed(query), level, codes);
    }

    private static String typed(Query<?, String> query) {
        return query.getFilter().orElse("");
    }
}
