package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MeasureEditorViewTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;

    @Test
    void an_analyst_creates_a_measure_with_two_events_and_its_status_follows_them() {
        login("analyst");
        UI.getCurrent().navigate(MeasuresView.class);
        _click(_get(MeasuresView.class).add);
        MeasureEditorView page = _get(MeasureEditorView.class);
        MeasureForm form = page.measureForm();
        String title = "Nepal bans TikTok " + UUID.randomUUID();
        _setValue(form.title, title);
        _setValue(form.jurisdiction, jurisdictions.findByCode("NP").orElseThrow());
        _setValue(form.platforms, Set.of(platforms.findByName("TikTok").orElseThrow()));
        _setValue(form.policyArea, PolicyArea.CONTENT_MODERATION);
        _setValue(form.instrument, Instrument.NETWORK_BLOCK);
        _click(_get(form, Button.class, spec -> spec.withText("Save")));

        page = _get(MeasureEditorView.class);
        assertThat(page.getForm().getItem().getId()).isNotNull();
        addEvent(page, DatePrecision.DAY, LocalDate.of(2023, 11, 13), EventAction.ANNOUNCED,
                "The government announces a ban on TikTok for disrupting social harmony.");
        page = _get(MeasureEditorView.class);
        addEvent(page, DatePrecision.MONTH, LocalDate.of(2024, 8, 22), EventAction.LIFTED,
                "The new government lifts the ban.");

        page = _get(MeasureEditorView.class);
        assertThat(_size(page.eventsSection.grid)).isEqualTo(2);
        PolicyEvent lifted = _get(page.eventsSection.grid, 1);
        assertThat(lifted.getDate()).isEqualTo(PolicyDate.month(2024, 8));
        assertThat(page.getForm().getItem().getCurrentAction()).isEqualTo(EventAction.LIFTED);
    }

    @Test
    void an_event_without_a_summary_is_refused_in_the_dialog_and_nothing_is_saved() {
        login("analyst");
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView register = _get(MeasuresView.class);
        _click(register.add);
        MeasureEditorView page = _get(MeasureEditorView.class);
        _setValue(page.measureForm().title, "Draft measure " + UUID.randomUUID());
        _setValue(page.measureForm().jurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(page.measureForm().platforms, Set.of(platforms.findByName("TikTok").orElseThrow()));
        _click(_get(page.measureForm(), Button.class, spec -> spec.withText("Save")));

        page = _get(MeasureEditorView.class);
        _click(page.eventsSection.add);
        EventDialog dialog = _get(EventDialog.class);
        _click(dialog.save);
        assertThat(dialog.summary.isInvalid()).isTrue();
        assertThat(dialog.summary.getErrorMessage()).isEqualTo("Say what happened");
        assertThat(_size(page.eventsSection.grid)).isZero();
    }

    private static void addEvent(MeasureEditorView page, DatePrecision precision, LocalDate day, EventAction action,
                                 String summary) {
        _click(page.eventsSection.add);
        EventDialog dialog = _get(EventDialog.class);
        _setValue(dialog.precision, precision);
        _setValue(dialog.day, day);
        _setValue(dialog.action, action);
        _setValue(dialog.summary, summary);
        _click(dialog.save);
    }
}
