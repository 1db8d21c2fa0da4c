package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.EventStatus;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.PolicyArea;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MeasureEditorViewTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired RunAs runAs;

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
        assertThat(page.eventsSection.currentStatus.getText()).isEqualTo("Current status: Lifted since August 2024");
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

    @Test
    void an_event_dated_outside_1900_to_2200_is_refused_next_to_the_date_and_nothing_is_saved() {
        login("analyst");
        UI.getCurrent().navigate(MeasuresView.class);
        _click(_get(MeasuresView.class).add);
        MeasureEditorView page = _get(MeasureEditorView.class);
        _setValue(page.measureForm().title, "Dated measure " + UUID.randomUUID());
        _setValue(page.measureForm().jurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(page.measureForm().platforms, Set.of(platforms.findByName("TikTok").orElseThrow()));
        _click(_get(page.measureForm(), Button.class, spec -> spec.withText("Save")));

        page = _get(MeasureEditorView.class);
        _click(page.eventsSection.add);
        EventDialog dialog = _get(EventDialog.class);
        assertThat(dialog.day.getMin()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(dialog.day.getMax()).isEqualTo(LocalDate.of(2200, 12, 31));
        _setValue(dialog.precision, DatePrecision.YEAR);
        _setValue(dialog.day, LocalDate.of(-1, 1, 1));
        _setValue(dialog.action, EventAction.ANNOUNCED);
        _setValue(dialog.summary, "Announced in the year minus one");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.day.isInvalid()).isTrue();
        assertThat(dialog.day.getErrorMessage()).isEqualTo("Enter a date from 1900 to 2200");
        assertThat(_size(page.eventsSection.grid)).isZero();
    }

    @Test
    void deleting_an_event_asks_first_naming_the_event() {
        long id = measureWith(PolicyDate.day(2020, 6, 29), EventAction.IN_FORCE, "The Ministry blocks the 59 apps.");
        MeasureEditorView page = open("analyst", id);
        _clickItem(page.eventsSection.grid, 0);
        _click(_get(EventDialog.class).delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("29 June 2020 · In force", "The Ministry blocks the 59 apps.");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(_size(page.eventsSection.grid)).isEqualTo(1);
        assertThat(events.eventsOf(id)).hasSize(1);

        _click(_get(EventDialog.class).delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_size(page.eventsSection.grid)).isZero();
        assertThat(runAs.user("analyst", () -> events.eventsOf(id))).isEmpty();
    }

    @Test
    void what_is_typed_in_the_measure_form_survives_adding_an_event_and_its_save_keeps_the_new_status() {
        long id = measureWith(PolicyDate.day(2023, 11, 13), EventAction.ANNOUNCED, "Announced.");
        MeasureEditorView page = open("analyst", id);
        _setValue(page.measureForm().summary, "Typed before adding an event, not saved yet");
        addEvent(page, DatePrecision.MONTH, LocalDate.of(2023, 12, 17), EventAction.IN_FORCE, "In force.");

        assertThat(page.measureForm().summary.getValue()).isEqualTo("Typed before adding an event, not saved yet");
        assertThat(page.eventsSection.currentStatus.getText()).isEqualTo("Current status: In force since December 2023");
        _click(_get(page.measureForm(), Button.class, spec -> spec.withText("Save")));
        PolicyMeasure stored = runAs.user("analyst", () -> measures.get(id));
        assertThat(stored.getSummary()).isEqualTo("Typed before adding an event, not saved yet");
        assertThat(stored.getCurrentAction()).isEqualTo(EventAction.IN_FORCE);
    }

    @Test
    void an_event_someone_else_adds_does_not_stop_the_open_form_from_saving_nor_is_its_status_lost() {
        long id = measureWith(PolicyDate.day(2023, 11, 13), EventAction.ANNOUNCED, "Announced.");
        MeasureEditorView page = open("analyst", id);
        PolicyMeasure measure = runAs.user("reviewer", () -> measures.get(id));
        runAs.user("reviewer", () -> events.save(new PolicyEvent(measure, PolicyDate.day(2024, 8, 22),
                EventAction.LIFTED, "Lifted, recorded by someone else.")));

        _setValue(page.measureForm().summary, "Saved after someone else added an event");
        _click(_get(page.measureForm(), Button.class, spec -> spec.withText("Save")));
        expectNotifications("Saved “" + measure.getTitle() + "”");
        PolicyMeasure stored = runAs.user("analyst", () -> measures.get(id));
        assertThat(stored.getSummary()).isEqualTo("Saved after someone else added an event");
        assertThat(stored.getCurrentAction()).isEqualTo(EventAction.LIFTED);
    }

    @Test
    void a_step_marked_as_did_not_happen_is_struck_through_and_never_the_current_status() {
        long id = measureWith(PolicyDate.day(2023, 5, 17), EventAction.SIGNED, "Signed.");
        MeasureEditorView page = open("analyst", id);
        _click(page.eventsSection.add);
        EventDialog dialog = _get(EventDialog.class);
        assertThat(dialog.cancelled.isEnabled()).isFalse();
        _setValue(dialog.expected, true);
        _setValue(dialog.cancelled, true);
        _setValue(dialog.day, LocalDate.of(2024, 1, 1));
        _setValue(dialog.action, EventAction.IN_FORCE);
        _setValue(dialog.summary, "The ban was to take effect; enjoined first.");
        _click(dialog.save);

        PolicyEvent enjoined = _get(page.eventsSection.grid, 1);
        assertThat(enjoined.getStatus()).isEqualTo(EventStatus.CANCELLED);
        assertThat(page.eventsSection.grid.getPartNameGenerator().apply(enjoined)).isEqualTo("cancelled");
        assertThat(_getFormatted(_getColumnByHeader(page.eventsSection.grid, "Status"), enjoined)).isEqualTo("Did not happen");
        assertThat(page.eventsSection.currentStatus.getText()).isEqualTo("Current status: Signed since 17 May 2023");
    }

    private long measureWith(PolicyDate date, EventAction action, String summary) {
        return runAs.user("analyst", () -> {
            PolicyMeasure measure = new PolicyMeasure("Measure " + UUID.randomUUID());
            measure.setJurisdiction(jurisdictions.findByCode("IN").orElseThrow());
            measure.setPlatforms(Set.of(platforms.findByName("TikTok").orElseThrow()));
            PolicyMeasure saved = measures.create(measure);
            events.save(new PolicyEvent(saved, date, action, summary));
            return saved.getId();
        });
    }

    /** Opens the measure's page in a British browser, whose dates these tests read. */
    private MeasureEditorView open(String username, long id) {
        login(username);
        browserPrefers(Locale.UK);
        UI.getCurrent().navigate(MeasureEditorView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(MeasureEditorView.class);
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
