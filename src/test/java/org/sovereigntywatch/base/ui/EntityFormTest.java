package org.sovereigntywatch.base.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;
import org.sovereigntywatch.reference.ui.PlatformPicker;
import org.sovereigntywatch.reference.ui.PlatformsView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.ui.SourcePicker;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What the keyboard and leaving the page do to a form with changes, on a concern's page (the item pages' shape) and
 * an admin side form.
 */
class EntityFormTest extends KaribuTest {

    @Autowired TestRecords records;
    @Autowired ConcernService concerns;
    @Autowired RunAs runAs;

    @Test
    void enter_in_a_description_inserts_a_line_and_does_not_save() {
        Concern draft = draftWithDescription("para1");
        ConcernEditorView page = openAs("analyst", draft);
        TextArea description = field(page, "Description");

        _setValue(description, "para1\npara2");
        fireShortcut(Key.ENTER);
        _fireShortcut(page.getForm(), Key.ENTER);
        _fireShortcut(description, Key.ENTER);

        assertThat(storedDescription(draft)).isEqualTo("para1");
        assertThat(description.getValue()).isEqualTo("para1\npara2");
        assertThat(page.getForm().hasUnsavedChanges()).isTrue();
    }

    @Test
    void enter_in_a_date_field_does_not_save_the_form() {
        Concern draft = draftWithDescription("unchanged");
        ConcernEditorView page = openAs("analyst", draft);
        DatePicker nextReview = _get(page, DatePicker.class, spec -> spec.withLabel("Next review"));
        _setValue(field(page, "Description"), "changed");

        _setValue(nextReview, LocalDate.now().plusDays(10));
        fireShortcut(Key.ENTER);
        _fireShortcut(page.getForm(), Key.ENTER);

        assertThat(storedDescription(draft)).isEqualTo("unchanged");
    }

    @Test
    void ctrl_enter_and_cmd_enter_save_what_the_fields_show() {
        Concern draft = draftWithDescription("para1");
        ConcernEditorView page = openAs("analyst", draft);

        _setValue(field(page, "Description"), "para1\npara2");
        _fireShortcut(page.getForm(), Key.ENTER, KeyModifier.CONTROL);
        assertThat(storedDescription(draft)).isEqualTo("para1\npara2");

        _setValue(field(page, "Description"), "para1\npara2\npara3");
        _fireShortcut(page.getForm(), Key.ENTER, KeyModifier.META);
        assertThat(storedDescription(draft)).isEqualTo("para1\npara2\npara3");
    }

    @Test
    void the_save_shortcuts_are_ctrl_and_cmd_enter_within_the_form_and_commit_the_focused_field_first() {
        ConcernEditorView page = openAs("analyst", draftWithDescription("any"));
        List<ShortcutRegistration> shortcuts = page.getForm().saveShortcuts();

        // Registrations wrap their keys: compare what the browser matches, the key names.
        assertThat(shortcuts).extracting(shortcut -> shortcut.getKey().getKeys()).containsOnly(Key.ENTER.getKeys());
        assertThat(shortcuts).extracting(shortcut -> shortcut.getModifiers().stream().map(Key::getKeys).toList())
                .containsExactlyInAnyOrder(List.of(KeyModifier.CONTROL.getKeys()), List.of(KeyModifier.META.getKeys()));
        assertThat(shortcuts).allSatisfy(shortcut -> {
            assertThat(shortcut.isResetFocusOnActiveElement()).isTrue();
            assertThat(Arrays.asList(shortcut.getOwners())).containsExactly(page.getForm());
        });
        assertThat(_get(page.getForm(), Button.class, spec -> spec.withText("Save")).getTooltip().getText())
                .isEqualTo("Save (Ctrl+Enter or ⌘+Enter)");
    }

    @Test
    void leaving_a_concern_with_unsaved_changes_asks_first_and_staying_keeps_them() {
        Concern draft = draftWithDescription("before");
        ConcernEditorView page = openAs("analyst", draft);
        _setValue(field(page, "Description"), "typed, not saved");

        UI.getCurrent().navigate(ConcernsView.class);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm))
                .isEqualTo("Discard your changes?");
        _fireCancel(confirm);
        assertThat(location()).isEqualTo("concerns/" + draft.getId());
        assertThat(field(_get(ConcernEditorView.class), "Description").getValue()).isEqualTo("typed, not saved");
    }

    @Test
    void after_staying_the_next_attempt_to_leave_asks_again_and_after_a_save_leaves() {
        Concern draft = draftWithDescription("before");
        ConcernEditorView page = openAs("analyst", draft);
        _setValue(field(page, "Description"), "typed, not saved");
        UI.getCurrent().navigate(ConcernsView.class);
        _fireCancel(_get(ConfirmDialog.class));

        UI.getCurrent().navigate(ConcernsView.class);
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(location()).isEqualTo("concerns/" + draft.getId());

        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));
        UI.getCurrent().navigate(ConcernsView.class);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(location()).isEqualTo("concerns");
        assertThat(storedDescription(draft)).isEqualTo("typed, not saved");
    }

    @Test
    void staying_ends_the_postponed_navigation_so_that_the_browsers_router_takes_links_again() {
        ConcernEditorView page = openAs("analyst", draftWithDescription("before"));
        _setValue(field(page, "Description"), "typed, not saved");
        BeforeLeaveEvent leaving = mock(BeforeLeaveEvent.class);
        BeforeLeaveEvent.ContinueNavigationAction leave = mock(BeforeLeaveEvent.ContinueNavigationAction.class);
        when(leaving.postpone()).thenReturn(leave);

        page.getForm().beforeLeave(leaving);
        _fireCancel(_get(ConfirmDialog.class));

        verify(leave).cancel();
        verify(leave, never()).proceed();
    }

    @Test
    void discarding_the_changes_leaves_the_page_and_saves_nothing() {
        Concern draft = draftWithDescription("before");
        ConcernEditorView page = openAs("analyst", draft);
        _setValue(field(page, "Description"), "typed, not saved");

        UI.getCurrent().navigate(ConcernsView.class);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(location()).isEqualTo("concerns");
        assertThat(storedDescription(draft)).isEqualTo("before");
    }

    @Test
    void leaving_after_a_save_or_without_a_change_does_not_ask() {
        Concern draft = draftWithDescription("before");
        ConcernEditorView page = openAs("analyst", draft);
        UI.getCurrent().navigate(ConcernsView.class);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(location()).isEqualTo("concerns");

        page = openAs("analyst", draft);
        _setValue(field(page, "Description"), "saved");
        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));
        UI.getCurrent().navigate(ConcernsView.class);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(location()).isEqualTo("concerns");
    }

    @Test
    void a_refused_save_still_asks_before_leaving_and_a_new_concern_once_saved_does_not() {
        Concern complete = records.newConcern(records.newPlatform(), "US", 2, 2);
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernEditorView page = _get(ConcernEditorView.class);
        _setValue(_get(page, TextField.class, spec -> spec.withLabel("Title")), "Missing its platform");
        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));
        assertThat(page.getForm().getItem().getId()).isNull();

        UI.getCurrent().navigate(ConcernsView.class);
        _fireCancel(_get(ConfirmDialog.class));

        _setValue(_get(page, PlatformPicker.class), complete.getPlatform());
        _setValue(_get(page, JurisdictionPicker.class, spec -> spec.withLabel("Whose users’ data")),
                complete.getAffectedJurisdiction());
        _setValue(_get(page, JurisdictionPicker.class, spec -> spec.withLabel("Whose law could reach it")),
                complete.getAccessingJurisdiction());
        _setValue(_get(page, SourcePicker.class), complete.getSources());
        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(location()).isEqualTo("concerns/" + page.getForm().getItem().getId());
    }

    @Test
    void a_viewer_leaves_a_published_concern_without_being_asked() {
        Concern published = records.publish(records.create(records.newConcern(records.newPlatform(), "US", 2, 2)));
        ConcernEditorView page = openAs("viewer", published);
        assertThat(page.getForm().hasUnsavedChanges()).isFalse();
        UI.getCurrent().navigate(ConcernsView.class);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(location()).isEqualTo("concerns");
    }

    @Test
    void leaving_an_admin_side_form_with_unsaved_changes_asks_first_but_not_after_cancel() {
        login("admin");
        UI.getCurrent().navigate(PlatformsView.class);
        _click(_get(Button.class, spec -> spec.withText("New platform")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Typed, not saved");

        UI.getCurrent().navigate(ConcernsView.class);
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(location()).isEqualTo("platforms");

        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        UI.getCurrent().navigate(ConcernsView.class);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(location()).isEqualTo("concerns");
    }

    @Test
    void a_comment_added_beside_the_form_keeps_what_is_typed_in_it_and_the_form_still_saves() {
        Concern draft = draftWithDescription("para1");
        ConcernEditorView page = openAs("analyst", draft);
        _setValue(field(page, "Description"), "para1\nadded before commenting");

        _setValue(_get(page.getReview(), TextArea.class, spec -> spec.withLabel("Comment")), "A note for the reviewer");
        _click(_get(page.getReview(), Button.class, spec -> spec.withText("Add comment")));

        assertThat(runAs.user("analyst", () -> concerns.reviewLog(draft.getId())))
                .extracting(entry -> entry.getComment()).contains("A note for the reviewer");
        TextArea comment = _get(page.getReview(), TextArea.class, spec -> spec.withLabel("Comment"));
        _setValue(comment, "A second note, sent with Ctrl+Enter");
        _fireShortcut(comment, Key.ENTER, KeyModifier.CONTROL);
        assertThat(runAs.user("analyst", () -> concerns.reviewLog(draft.getId())))
                .extracting(entry -> entry.getComment()).contains("A second note, sent with Ctrl+Enter");
        assertThat(field(page, "Description").getValue()).isEqualTo("para1\nadded before commenting");
        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));
        assertThat(storedDescription(draft)).isEqualTo("para1\nadded before commenting");
    }

    @Test
    void a_workflow_move_waits_until_the_forms_changes_are_saved_or_cancelled() {
        Concern draft = draftWithDescription("para1");
        ConcernEditorView page = openAs("analyst", draft);
        _setValue(field(page, "Description"), "para1\nnot saved yet");

        _click(_get(page.getReview(), Button.class, spec -> spec.withText("Submit for review")));

        NotificationsKt.expectNotifications(
                "Save or cancel your changes to the form first: a workflow move would leave them unsaved.");
        assertThat(runAs.user("admin", () -> concerns.get(draft.getId())).getState()).isEqualTo(PublicationState.DRAFT);
        assertThat(field(page, "Description").getValue()).isEqualTo("para1\nnot saved yet");

        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));
        _click(_get(page.getReview(), Button.class, spec -> spec.withText("Submit for review")));
        assertThat(runAs.user("admin", () -> concerns.get(draft.getId())).getState())
                .isEqualTo(PublicationState.IN_REVIEW);
    }

    private Concern draftWithDescription(String description) {
        Concern concern = records.newConcern(records.newPlatform(), "US", 2, 2);
        concern.setDescription(description);
        return records.create(concern);
    }

    private ConcernEditorView openAs(String username, Concern concern) {
        login(username);
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(concern.getId())));
        return _get(ConcernEditorView.class);
    }

    private String storedDescription(Concern concern) {
        return runAs.user("admin", () -> concerns.get(concern.getId())).getDescription();
    }

    private static TextArea field(ConcernEditorView page, String label) {
        return _get(page, TextArea.class, spec -> spec.withLabel(label));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
