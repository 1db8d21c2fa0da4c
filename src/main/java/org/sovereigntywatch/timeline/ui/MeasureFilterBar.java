package org.sovereigntywatch.timeline.ui;

import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.StateBadge;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.MeasureFilter;

/** The measures register's filters, and the {@link MeasureFilter} they make together. */
class MeasureFilterBar extends FilterBar {

    final SearchField search;
    final JurisdictionPicker jurisdiction;
    final PlatformPicker platform;
    final AnySelect<Instrument> instrument =
            new AnySelect<>("Any instrument", Instrument.values(), Instrument::label);
    final AnySelect<PublicationState> state =
            new AnySelect<>("Any state", PublicationState.values(), StateBadge::label);
    final AnySelect<EventAction> status =
            new AnySelect<>("Any current status", EventAction.values(), EventAction::label);

    /** @param onChange runs whenever a filter changes */
    MeasureFilterBar(JurisdictionService jurisdictions, PlatformService platforms, Runnable onChange) {
        search = new SearchField("Search title or summary", onChange);
        jurisdiction = new JurisdictionPicker(null, jurisdictions);
        jurisdiction.setPlaceholder("Any jurisdiction");
        platform = new PlatformPicker(null, platforms);
        platform.setPlaceholder("Any platform");
        status.setAriaLabel("Current status");
        whenChanged(onChange, jurisdiction, platform, instrument, state, status);
        addFilters(search, jurisdiction, platform, instrument, state, status);
    }

    /** What the filters say now. */
    MeasureFilter filter() {
        return MeasureFilter.ALL.withText(search.getValue()).withJurisdictions(jurisdiction.chosenCodes())
                .withPlatforms(platform.chosenIds()).withInstrument(instrument.getValue())
                .withStates(state.chosen()).withCurrentStatus(status.getValue());
    }
}
