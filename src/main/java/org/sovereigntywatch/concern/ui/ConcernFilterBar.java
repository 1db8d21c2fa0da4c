package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;

/** The concern register's filters, and the {@link ConcernFilter} they make together. */
class ConcernFilterBar extends FilterBar {

    final SearchField search;
    final PlatformPicker platform;
    final JurisdictionPicker jurisdiction;
    final AnySelect<ConcernCategory> category = new AnySelect<>(getTranslation("concern.filter.any-category"),
            ConcernCategory.values(), Translations::label);
    final AnySelect<RiskLevel> level =
            new AnySelect<>(getTranslation("concern.filter.any-level"), RiskLevel.values(), Translations::label);
    final AnySelect<PublicationState> state = new AnySelect<>(getTranslation("concern.filter.any-state"),
            PublicationState.values(), Translations::label);
    final Checkbox overdue = new Checkbox(getTranslation("concern.filter.overdue"));
    final Checkbox open = new Checkbox(getTranslation("concern.filter.open"));
    final AsOfField asOf = new AsOfField();

    /** @param onChange runs whenever a filter changes */
    ConcernFilterBar(PlatformService platforms, JurisdictionService jurisdictions, Runnable onChange) {
        search = new SearchField(getTranslation("concern.filter.search"), onChange);
        platform = new PlatformPicker(null, platforms);
        platform.setPlaceholder(getTranslation("concern.filter.any-platform"));
        jurisdiction = new JurisdictionPicker(null, jurisdictions);
        jurisdiction.setPlaceholder(getTranslation("concern.filter.any-jurisdiction"));
        open.setTooltipText(getTranslation("concern.filter.open.tooltip"));
        whenChanged(onChange, platform, jurisdiction, category, level, state, overdue, open, asOf);
        addFilters(search, platform, jurisdiction, category, level, state, overdue, open, asOf);
    }

    /** What the filters say now. */
    ConcernFilter filter() {
        return ConcernFilter.ALL.withText(search.getValue()).withPlatforms(platform.chosenIds())
                .withJurisdictions(jurisdiction.chosenCodes()).withCategory(category.getValue())
                .withLevel(level.getValue()).withStates(state.chosen())
                .withOverdueOnly(overdue.getValue()).withOpenOnly(open.getValue()).asOf(asOf.getValue());
    }
}
