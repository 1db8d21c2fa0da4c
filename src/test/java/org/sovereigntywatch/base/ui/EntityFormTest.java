package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/** What the keyboard does to a form with changes, on a concern's page (the item pages' shape). */
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
}
