package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.data.provider.BackEndDataProvider;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.SearchedItems;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import java.util.Set;

/** What the pickers of jurisdictions and platforms offer, fetched page by page as {@link SearchedItems} are. */
final class ReferenceItems {

    private ReferenceItems() {
    }

    /**
     * Jurisdictions whose code or name contains the words typed.
     *
     * @param level only jurisdictions of this level, or all when null
     * @param codes only jurisdictions with these codes, or all when empty
     */
    static BackEndDataProvider<Jurisdiction, String> jurisdictions(JurisdictionService service,
                                                                   @Nullable JurisdictionLevel level, Set<String> codes) {
        return SearchedItems.of((words, page) -> service.list(new JurisdictionFilter(words, level, codes), page),
                words -> service.count(new JurisdictionFilter(words, level, codes)));
    }

    /** The codes of the jurisdictions whose code or name contains the words typed. */
    static BackEndDataProvider<String, String> jurisdictionCodes(JurisdictionService service) {
        return SearchedItems.of((words, page) -> service.list(new JurisdictionFilter(words, null), page).stream()
                .map(Jurisdiction::getCode).toList(), words -> service.count(new JurisdictionFilter(words, null)));
    }

    /** Platforms whose name, another name or operator contains the words typed. */
    static BackEndDataProvider<Platform, String> platforms(PlatformService service) {
        return SearchedItems.of(service::list, service::count);
    }
}
