package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.sovereigntywatch.base.ui.AnySelect;
import org.sovereigntywatch.base.ui.DatePickers;
import org.sovereigntywatch.base.ui.FilterBar;
import org.sovereigntywatch.base.ui.SearchField;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.history.ui.AsOfField;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.reference.ui.JurisdictionMultiPicker;
import org.sovereigntywatch.reference.ui.PlatformMultiPicker;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventFilter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The timeline's filters, the {@link EventFilter} they make together, and how the chart draws its lanes. Those who
 * may see unpublished measures may also hide their steps.
 */
class TimelineFilterBar extends FilterBar {

    final JurisdictionMultiPicker jurisdictions;
    final PlatformMultiPicker platforms;
    final DatePicker from = DatePickers.create(getTranslation("common.from"));
    final DatePicker to = DatePickers.create(getTranslation("common.to"));
    final RadioButtonGroup<TimelineChart.Lanes> lanes = new RadioButtonGroup<>(getTranslation("timeline.filter.lanes"));
    final SearchField search;
    final AnySelect<EventAction> action =
            new AnySelect<>(getTranslation("timeline.filter.action.any"), EventAction.values(), Translations::label);
    final AnySelect<Boolean> status = new AnySelect<>(getTranslation("timeline.filter.status.any"),
            List.of(true, false), expected -> getTranslation(expected ? "timeline.filter.status.expected"
            : "timeline.filter.status.happened"));
    /** Shown to those who may see unpublished measures: whether their steps are drawn and listed too. */
    final Checkbox unpublished = new Checkbox(getTranslation("timeline.filter.unpublished"), true);

    private final Clock clock;
    final AsOfField asOf = new AsOfField();

    /** @param onChange runs whenever a filter or the lanes change */
    TimelineFilterBar(JurisdictionService jurisdictionService, PlatformService platformService,
                      boolean seesUnpublished, Clock clock, Runnable onChange) {
        this.clock = clock;
        jurisdictions = new JurisdictionMultiPicker(getTranslation("common.jurisdictions"), jurisdictionService);
        jurisdictions.setPlaceholder(getTranslation("timeline.filter.all"));
        platforms = new PlatformMultiPicker(getTranslation("common.platforms"), platformService);
        platforms.setPlaceholder(getTranslation("timeline.filter.all"));
        from.setValue(defaultFrom());
        to.setValue(defaultTo());
        lanes.setItems(TimelineChart.Lanes.values());
        lanes.setItemLabelGenerator(mode -> getTranslation("timeline.filter.lanes." + mode.name()));
        lanes.setValue(TimelineChart.Lanes.JURISDICTION);
        search = new SearchField(getTranslation("timeline.filter.search"), onChange);
        action.setAriaLabel(getTranslation("event.action"));
        status.setAriaLabel(getTranslation("common.status"));
        unpublished.setVisible(seesUnpublished);
        unpublished.setTooltipText(getTranslation("timeline.filter.unpublished.tooltip"));
        whenChanged(onChange, jurisdictions, platforms, from, to, lanes, action, status, unpublished, asOf);
        addFilters(jurisdictions, platforms, from, to, lanes, search, action, status, unpublished, asOf);
    }

    /** What the filters say now. */
    EventFilter filter() {
        return EventFilter.ALL.withText(search.getValue()).withJurisdictions(jurisdictions.chosenCodes())
                .withPlatforms(platforms.chosenIds()).between(from.getValue(), to.getValue())
                .withAction(action.getValue()).withExpected(status.getValue())
                .withStates(unpublished.getValue() ? Set.of() : Set.of(PublicationState.PUBLISHED))
                .asOf(asOf.getValue());
    }

    /** The range shown unless the user picks another: six years back, to the end of next year. */
    LocalDate defaultFrom() {
        return LocalDate.now(clock).minusYears(6).withDayOfYear(1);
    }

    LocalDate defaultTo() {
        return LocalDate.now(clock).plusYears(1).withMonth(12).withDayOfMonth(31);
    }

    /** The first day the chart shows: the chosen one, else the default's (the user may clear the field). */
    LocalDate firstDay() {
        return from.getValue() == null ? defaultFrom() : from.getValue();
    }

    /** The last day the chart shows: the chosen one, else the default's. */
    LocalDate lastDay() {
        return to.getValue() == null ? defaultTo() : to.getValue();
    }

    /**
     * From today to {@code days} ahead; a number of days that is unreadable or negative leaves the range as the other
     * parameters or the defaults set it.
     */
    void showTheNextDays(String days) {
        try {
            int ahead = Integer.parseInt(days.strip());
            if (ahead >= 0) {
                LocalDate today = LocalDate.now(clock);
                from.setValue(today);
                to.setValue(today.plusDays(ahead));
            }
        } catch (NumberFormatException notANumber) {
            // as a negative number: the range stays
        }
    }
}
