package org.sovereigntywatch.timeline.ui;

import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.ui.AsOfField;
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
            new AnySelect<>(getTranslation("measure.filter.instrument.any"), Instrument.values(), Translations::label);
    final AnySelect<PublicationState> state =
            new AnySelect<>(getTranslation("measure.filter.state.any"), PublicationState.values(), Translations::label);
    final AnySelect<EventAction> status =
            new AnySelect<>(getTranslation("measure.filter.status.any"), EventAction.values(), Translations::label);
    final AsOfField asOf = new AsOfField();

    /** @param onChange runs whenever a filter changes */
    MeasureFilterBar(JurisdictionService jurisdictions, PlatformService platforms, Runnable onChange) {
        search = new SearchField(getTranslation("measure.filter.search"), onChange);
        jurisdiction = new JurisdictionPicker(null, jurisdictions);
        jurisdiction.setPlaceholder(getTranslation("measure.filter.jurisdiction.any"));
        platform = new PlatformPicker(null, platforms);
        platform.setPlaceholder(getTranslation("measure.filter.platform.any"));
        status.setAriaLabel(getTranslation("measure.list.current-status"));
        whenChanged(onChange, jurisdiction, platform, instrument, state, status, asOf);
        addFilters(search, jurisdiction, platform, instrument, state, status, asOf);
    }

    /** What the filters say now. */
    MeasureFilter filter() {
        return MeasureFilter.ALL.withText(search.getValue()).withJurisdictions(jurisdiction.chosenCodes())
                .withPlatforms(platform.chosenIds()).withInstrument(instrument.getValue())
                .withStates(state.chosen()).withCurrentStatus(status.getValue()).asOf(asOf.getValue());
    }
}
