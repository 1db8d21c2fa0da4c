package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.AppUser;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Undoing a mistake on a concern's page: deleting a draft, after a confirmation; and the duplicate warning. Records
 * are made before signing in: once a Vaadin session holds a user, service calls run as that user.
 */
class ConcernMistakesViewTest extends KaribuTest {

    @Autowired ConcernService concerns;
    @Autowired JurisdictionService jurisdictions;
    @Autowired UserService users;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Platform platform;

    @BeforeEach
    void aPlatformOfItsOwn() {
        platform = records.newPlatform();
    }

    @Test
    void delete_draft_asks_first_naming_the_concern_and_cancelling_keeps_it() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        login("analyst");
        ConcernEditorView page = open(draft);

        _click(deleteButton(page));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(getHeader(dialog)).isEqualTo("Delete draft");
        assertThat(getText(dialog)).isEqualTo("Delete the draft “" + draft.getTitle() + "”? This cannot be undone.");
        _fireCancel(dialog);

        assertThat(_get(ConcernEditorView.class).getForm().getItem().getId()).isEqualTo(draft.getId());
        assertThat(runAs.user("analyst", () -> concerns.get(draft.getId()))).isNotNull();
    }

    @Test
    void confirming_deletes_the_draft_and_returns_to_the_register_with_a_notification() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        login("analyst");
        ConcernEditorView page = open(draft);
        clearNotifications();

        _click(deleteButton(page));
        _fireConfirm(_get(ConfirmDialog.class));

        _get(ConcernsView.class);
        expectNotifications("Deleted the draft “" + draft.getTitle() + "”");
        assertThatThrownBy(() -> runAs.user("analyst", () -> concerns.get(draft.getId())))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void delete_draft_is_offered_only_to_those_the_service_allows() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        Concern published = records.publish(records.create(records.newConcern(platform, "US", 3, 4)));
        runAs.user("admin", () -> users.findByUsername("analyst-us").orElseGet(() -> {
            AppUser other = new AppUser("analyst-us", "Other analyst", Role.ANALYST);
            other.setJurisdictionCodes(Set.of("US"));
            return users.create(other, "quiet harbour at dawn");
        }));
        login("analyst-us");
        assertThat(offersDelete(open(draft))).isFalse();

        logout();
        login("reviewer");
        assertThat(offersDelete(open(draft))).isTrue();

        logout();
        login("analyst");
        assertThat(offersDelete(open(published))).isFalse();
    }

    @Test
    void a_likely_duplicate_is_pointed_out_with_a_link_before_saving_and_saving_again_records_it() {
        Concern recorded = records.create(records.newConcern(platform, "US", 3, 4));
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernEditorView page = _get(ConcernEditorView.class);
        ConcernForm form = page.concernForm();
        _setValue(form.title, recorded.getTitle().toLowerCase());
        _setValue(form.platform, platform);
        _setValue(form.affectedJurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(form.accessingJurisdiction, jurisdictions.findByCode("CN").orElseThrow());
        _setValue(form.sources, recorded.getSources());
        _click(_get(form, Button.class, spec -> spec.withText("Save")));

        assertThat(form.getItem().isNew()).isTrue();
        assertThat(form.duplicates.isVisible()).isTrue();
        RouterLink link = _get(form.duplicates, RouterLink.class);
        assertThat(link.getHref()).isEqualTo("concerns/" + recorded.getId());
        assertThat(link.getText()).isEqualTo(recorded.getTitle() + " (draft)");

        _click(_get(form, Button.class, spec -> spec.withText("Save")));
        assertThat(_get(ConcernEditorView.class).getForm().getItem().getId()).isNotNull()
                .isNotEqualTo(recorded.getId());
    }

    @Test
    void a_control_character_in_the_title_is_refused_next_to_it_while_the_description_keeps_its_tabs_and_lines() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        login("analyst");
        ConcernForm form = open(draft).concernForm();
        String description = "\tFirst point\n\tSecond point";
        _setValue(form.title, "A title with a NUL\u0000");
        _setValue(form.description, description);

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage())
                .isEqualTo("Remove the invisible control character U+0000 (character 19): it cannot be saved");
        assertThat(form.description.isInvalid()).isFalse();
        _click(_get(form, Button.class, spec -> spec.withText("Save")));
        assertThat(runAs.user("analyst", () -> concerns.get(draft.getId())).getTitle()).isEqualTo(draft.getTitle());

        _setValue(form.title, "A title without one " + UUID.randomUUID());
        _click(_get(form, Button.class, spec -> spec.withText("Save")));
        assertThat(runAs.user("analyst", () -> concerns.get(draft.getId())).getDescription()).isEqualTo(description);
    }

    @Test
    void a_control_character_in_a_review_comment_is_refused_next_to_the_comment_box() {
        Concern draft = records.create(records.newConcern(platform, "US", 3, 4));
        login("analyst");
        ConcernEditorView page = open(draft);
        TextArea comment = _get(page.getReview(), TextArea.class, spec -> spec.withLabel("Comment"));
        _setValue(comment, "Escape \u001B[31m red");
        _click(_get(page.getReview(), Button.class, spec -> spec.withText("Add comment")));

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage())
                .isEqualTo("Remove the invisible control character U+001B (character 8): it cannot be saved");
        assertThat(runAs.user("analyst", () -> concerns.reviewLog(draft.getId()))).noneMatch(entry -> !entry.isMove());
    }

    private ConcernEditorView open(Concern concern) {
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(concern.getId())));
        return _get(ConcernEditorView.class);
    }

    private static Button deleteButton(ConcernEditorView page) {
        return _get(page.getReview(), Button.class, spec -> spec.withText("Delete draft"));
    }

    private static boolean offersDelete(ConcernEditorView page) {
        return _find(page.getReview(), Button.class, spec -> spec.withText("Delete draft")).stream()
                .anyMatch(Button::isVisible);
    }
}
