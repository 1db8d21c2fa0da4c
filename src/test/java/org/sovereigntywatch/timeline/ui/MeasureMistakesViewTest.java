package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Undoing a mistake on a measure's page: deleting a draft and removing a link, each after a confirmation; and the
 * duplicate warning.
 */
class MeasureMistakesViewTest extends KaribuTest {

    @Autowired MeasureService measures;
    @Autowired JurisdictionService jurisdictions;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    @Test
    void delete_draft_asks_first_and_confirming_deletes_it_and_returns_to_the_measures() {
        PolicyMeasure draft = draft("Measure recorded by mistake " + UUID.randomUUID());
        login("analyst");
        MeasureEditorView page = open(draft);
        clearNotifications();

        _click(_get(page.getReview(), Button.class, spec -> spec.withText("Delete draft")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(getText(dialog)).isEqualTo("Delete the draft “" + draft.getTitle() + "”? This cannot be undone.");
        _fireConfirm(dialog);

        _get(MeasuresView.class);
        expectNotifications("Deleted the draft “" + draft.getTitle() + "”");
        assertThatThrownBy(() -> runAs.user("analyst", () -> measures.get(draft.getId())))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void removing_a_link_between_measures_asks_first_and_only_confirming_removes_it() {
        PolicyMeasure draft = draft("Amending measure " + UUID.randomUUID());
        PolicyMeasure amended = draft("Amended measure " + UUID.randomUUID());
        runAs.user("analyst", () -> {
            measures.link(draft.getId(), LinkType.AMENDS, amended.getId());
            return null;
        });
        login("analyst");
        MeasureEditorView page = open(draft);

        _click(_get(page.linksSection, Button.class, spec -> spec.withText("Remove")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(getText(dialog)).isEqualTo("Remove the link “this measure amends " + amended.getTitle() + "”?");
        _fireCancel(dialog);
        assertThat(runAs.user("analyst", () -> measures.links(draft.getId()))).hasSize(1);

        _click(_get(_get(MeasureEditorView.class).linksSection, Button.class, spec -> spec.withText("Remove")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(runAs.user("analyst", () -> measures.links(draft.getId()))).isEmpty();
    }

    @Test
    void unlinking_a_concern_asks_first_and_only_confirming_unlinks_it() {
        PolicyMeasure draft = draft("Measure bearing on a concern " + UUID.randomUUID());
        Concern concern = records.create(records.newConcern(records.newPlatform(), "US", 2, 2));
        runAs.user("analyst", () -> {
            measures.linkConcern(draft.getId(), concern.getId());
            return null;
        });
        login("analyst");
        MeasureEditorView page = open(draft);

        _click(_get(page.concernsSection, Button.class, spec -> spec.withText("Unlink")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(getText(dialog)).isEqualTo("Unlink the concern “" + concern.getTitle() + "” from this measure?");
        _fireCancel(dialog);
        assertThat(runAs.user("analyst", () -> measures.concerns(draft.getId()))).hasSize(1);

        _click(_get(_get(MeasureEditorView.class).concernsSection, Button.class, spec -> spec.withText("Unlink")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(runAs.user("analyst", () -> measures.concerns(draft.getId()))).isEmpty();
    }

    @Test
    void a_likely_duplicate_is_pointed_out_with_a_link_before_saving_and_saving_again_records_it() {
        PolicyMeasure recorded = draft("Protecting Americans from Foreign Adversary Apps " + UUID.randomUUID());
        login("analyst");
        UI.getCurrent().navigate(MeasureEditorView.class, new RouteParameters("id", "new"));
        MeasureForm form = _get(MeasureEditorView.class).measureForm();
        _setValue(form.title, "  " + recorded.getTitle().toUpperCase() + " ");
        _setValue(form.jurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(form.platforms, recorded.getPlatforms());
        _click(_get(form, Button.class, spec -> spec.withText("Save")));

        assertThat(form.getItem().isNew()).isTrue();
        assertThat(form.duplicates.isVisible()).isTrue();
        RouterLink link = _get(form.duplicates, RouterLink.class);
        assertThat(link.getHref()).isEqualTo("measures/" + recorded.getId());
        assertThat(link.getText()).isEqualTo(recorded.getTitle() + " (draft)");

        _click(_get(form, Button.class, spec -> spec.withText("Save")));
        assertThat(_get(MeasureEditorView.class).getForm().getItem().getId()).isNotNull()
                .isNotEqualTo(recorded.getId());
    }

    @Test
    void a_measure_unlike_any_other_is_saved_at_once() {
        Platform platform = records.newPlatform();
        login("analyst");
        UI.getCurrent().navigate(MeasureEditorView.class, new RouteParameters("id", "new"));
        MeasureForm form = _get(MeasureEditorView.class).measureForm();
        _setValue(form.title, "A measure of its own " + UUID.randomUUID());
        _setValue(form.jurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(form.platforms, Set.of(platform));
        _click(_get(form, Button.class, spec -> spec.withText("Save")));

        assertThat(form.duplicates.isVisible()).isFalse();
        assertThat(_get(MeasureEditorView.class).getForm().getItem().getId()).isNotNull();
    }

    private PolicyMeasure draft(String title) {
        Platform platform = records.newPlatform();
        PolicyMeasure measure = new PolicyMeasure(title);
        measure.setJurisdiction(runAs.user("viewer", () -> jurisdictions.findByCode("US").orElseThrow()));
        measure.setPlatforms(Set.of(platform));
        measure.setInstrument(Instrument.LAW);
        return runAs.user("analyst", () -> measures.create(measure));
    }

    private MeasureEditorView open(PolicyMeasure measure) {
        UI.getCurrent().navigate(MeasureEditorView.class, new RouteParameters("id", String.valueOf(measure.getId())));
        return _get(MeasureEditorView.class);
    }
}
