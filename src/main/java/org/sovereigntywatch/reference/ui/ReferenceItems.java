package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.data.provider.BackEndDataProvider;
import com.vaadin.flow.function.SerializableSupplier;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.SearchedItems;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;

import java.util.Locale;
import java.util.Set;

/** What the pickers of jurisdictions and platforms offer, fetched page by page as {@link SearchedItems} are. */
final class ReferenceItems {

    private ReferenceItems() {
    }

    /**
     * Jurisdictions whose code or name contains the words typed, the name in English as stored or in the picker's
     * language (« allem » finds DE in French).
     *
     * @param level  only jurisdictions of this level, or all when null
     * @param codes  only jurisdictions with these codes, or all when empty
     * @param locale the picker's locale, asked at each search
     */
    static BackEndDataProvider<Jurisdiction, String> jurisdictions(JurisdictionService service,
                                                                   @Nullable JurisdictionLevel level, Set<String> codes,
                                                                   SerializableSupplier<Locale> locale) {
        return SearchedItems.of(
                (words, page) -> service.list(new JurisdictionFilter(words, level, codes, locale.get()), page),
                words -> service.count(new JurisdictionFilter(words, level, codes, locale.get())));
    }

    /** The codes of the jurisdictions whose code or name (stored or in the picker's language) contains the words. */
    static BackEndDataProvider<String, String> jurisdictionCodes(JurisdictionService service,
                                                                 SerializableSupplier<Locale> locale) {
        return SearchedItems.of((words, page) -> service.list(new JurisdictionFilter(words, null, Set.of(),
                        locale.get()), page).stream().map(Jurisdiction::getCode).toList(),
                words -> service.count(new JurisdictionFilter(words, null, Set.of(), locale.get())));
    }

    /** Platforms whose name, another name (an alias, « Petit Livre Rouge ») or operator contains the words typed. */
    static BackEndDataProvider<Platform, String> platforms(PlatformService service) {
        return SearchedItems.of(service::list, service::count);
    }
}
