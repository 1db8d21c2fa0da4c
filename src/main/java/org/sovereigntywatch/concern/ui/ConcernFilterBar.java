package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernFilter;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;

/** The concern register's filters, and the {@link ConcernFilter} they make together. */
class ConcernFilterBar extends FilterBar {

    final SearchField search;
    final PlatformPicker platform;
    final JurisdictionPicker jurisdiction;
    final AnySelect<ConcernCategory> category =
            new AnySelect<>("Any category", ConcernCategory.values(), ConcernCategory::label);
    final AnySelect<RiskLevel> level = new AnySelect<>("Any level", RiskLevel.values(), RiskLevel::label);
    final AnySelect<PublicationState> state =
            new AnySelect<>("Any state", PublicationState.values(), StateBadge::label);
    final Checkbox overdue = new Checkbox("Review overdue");
    final Checkbox open = new Checkbox("Open only");

    /** @param onChange runs whenever a filter changes */
    ConcernFilterBar(PlatformService platforms, JurisdictionService jurisdictions, Runnable onChange) {
        search = new SearchField("Search title, description, claim", onChange);
        platform = new PlatformPicker(null, platforms);
        platform.setPlaceholder("Any platform");
        jurisdiction = new JurisdictionPicker(null, jurisdictions);
        jurisdiction.setPlaceholder("Any jurisdiction");
        open.setTooltipText("Open or monitored, not archived");
        whenChanged(onChange, platform, jurisdiction, category, level, state, overdue, open);
        addFilters(search, platform, jurisdiction, category, level, state, overdue, open);
    }

    /** What the filters say now. */
    ConcernFilter filter() {
        return ConcernFilter.ALL.withText(search.getValue()).withPlatforms(platform.chosenIds())
                .withJurisdictions(jurisdiction.chosenCodes()).withCategory(category.getValue())
                .withLevel(level.getValue()).withStates(state.chosen())
                .withOverdueOnly(overdue.getValue()).withOpenOnly(open.getValue());
    }
}
