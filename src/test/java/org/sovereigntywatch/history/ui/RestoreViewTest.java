package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.concern.ClaimStatus;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.SignOff;
import org.sovereigntywatch.editorial.ui.PublishableEditor;
import org.sovereigntywatch.editorial.ui.ReviewPanel;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.function.Consumer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restoring an earlier version from a concern's History section, and the sign-off the review panel shows: a reviewer
 * restores a published concern's earlier version after confirming, and reads the restored values, the notification and
 * the history line "Restored from version N"; an analyst is offered no restore on a published concern, the latest
 * version never offers one, cancelling changes nothing, and unsaved edits in the form stop a restore. The review panel
 * reads "Published version N by reviewer on …", unchanged or changed since, field by field.
 */
class RestoreViewTest extends KaribuTest {

    private static final String RESTORE = "Restore this version";

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    @Test
    void a_reviewer_restores_an_earlier_version_after_confirming_and_reads_it_back_in_the_form_and_the_history() {
        long id = aPublishedConcernEditedOnce();
        login("reviewer");
        PublishableEditor<?> page = openPage(id);
        assertThat(selectShown(page, "Likelihood (1–5)")).isEqualTo(5);
        HistorySection section = openHistory();
        assertThat(lines(section)).hasSize(4);

        _click(restoreButton(line(section, 3)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo(RESTORE);
        assertThat(getText(confirm)).isEqualTo("Put the fields back as version 3 had them? The change is recorded as "
                + "a new version; the state stays as it is.");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo(RESTORE);
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Cancel");
        _fireConfirm(confirm);

        expectNotifications("Restored version 3");
        assertThat(selectShown(page, "Likelihood (1–5)")).isEqualTo(3);
        assertThat(selectShown(page, "Claim status")).isEqualTo(ClaimStatus.UNVERIFIED);
        assertThat(stored(id).getLikelihood()).isEqualTo(3);
        assertThat(stored(id).getState()).isEqualTo(PublicationState.PUBLISHED);

        List<Div> lines = lines(section);
        assertThat(lines).hasSize(5);
        Div newest = lines.getFirst();
        assertThat(header(newest)).startsWith("reviewer · ").endsWith(" · changed");
        assertThat(text(newest, "history-version")).isEqualTo("Version 5");
        assertThat(text(newest, "history-restored")).isEqualTo("Restored from version 3");
        assertThat(changes(newest)).containsExactly("Claim status: Disputed → Unverified", "Likelihood (1–5): 5 → 3");
        // Version 4 is no longer the latest: it may be restored in its turn; the restore itself may not.
        assertThat(_find(newest, Button.class, spec -> spec.withText(RESTORE))).isEmpty();
        assertThat(_find(line(section, 4), Button.class, spec -> spec.withText(RESTORE))).hasSize(1);
        // Back as published: the sign-off says so.
        assertThat(signOff(page)).containsExactly(publishedLine(id, 3), "Unchanged since.");
    }

    @Test
    void each_earlier_version_offers_a_restore_to_a_reviewer_and_the_latest_none() {
        long id = aPublishedConcernEditedOnce();
        login("reviewer");
        openPage(id);
        HistorySection section = openHistory();

        List<Div> lines = lines(section);
        assertThat(lines).extracting(line -> text(line, "history-version"))
                .containsExactly("Version 4", "Version 3", "Version 2", "Version 1");
        assertThat(_find(lines.getFirst(), Button.class, spec -> spec.withText(RESTORE))).isEmpty();
        for (Div earlier : lines.subList(1, lines.size())) {
            assertThat(restoreButton(earlier).getAriaLabel())
                    .hasValue(RESTORE + " · " + text(earlier, "history-version"));
        }
    }

    @Test
    void an_analyst_is_offered_no_restore_on_a_published_concern() {
        long id = aPublishedConcernEditedOnce();
        login("analyst");
        PublishableEditor<?> page = openPage(id);
        HistorySection section = openHistory();

        assertThat(lines(section)).hasSize(4);
        assertThat(_find(section, Button.class, spec -> spec.withText(RESTORE))).isEmpty();
        assertThat(_get(page.getForm(), TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isTrue();
    }

    @Test
    void an_analyst_restores_an_earlier_version_of_their_own_draft() {
        Concern draft = records.create(records.newConcern(records.newPlatform(), "US", 2, 4));
        edit(draft.getId(), "analyst", concern -> concern.setLikelihood(4));
        login("analyst");
        PublishableEditor<?> page = openPage(draft.getId());
        HistorySection section = openHistory();
        assertThat(lines(section)).hasSize(2);

        _click(restoreButton(line(section, 1)));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("Restored version 1");
        assertThat(selectShown(page, "Likelihood (1–5)")).isEqualTo(2);
        assertThat(text(lines(section).getFirst(), "history-restored")).isEqualTo("Restored from version 1");
    }

    @Test
    void cancelling_the_confirmation_changes_nothing() {
        long id = aPublishedConcernEditedOnce();
        long version = stored(id).getVersion();
        login("reviewer");
        PublishableEditor<?> page = openPage(id);
        HistorySection section = openHistory();

        _click(restoreButton(line(section, 1)));
        _fireCancel(_get(ConfirmDialog.class));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        expectNoNotifications();
        assertThat(selectShown(page, "Likelihood (1–5)")).isEqualTo(5);
        assertThat(lines(section)).hasSize(4);
        assertThat(stored(id)).extracting(Concern::getVersion, Concern::getLikelihood).containsExactly(version, 5);
    }

    @Test
    void unsaved_changes_in_the_form_stop_a_restore_with_a_message() {
        long id = aPublishedConcernEditedOnce();
        long version = stored(id).getVersion();
        login("reviewer");
        PublishableEditor<?> page = openPage(id);
        HistorySection section = openHistory();
        TextField title = _get(page.getForm(), TextField.class, spec -> spec.withLabel("Title"));
        _setValue(title, "Typed but not saved");

        _click(restoreButton(line(section, 3)));

        expectNotifications("Save or cancel your changes to the form first: restoring a version would leave them "
                + "unsaved.");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(title.getValue()).isEqualTo("Typed but not saved");
        assertThat(lines(section)).hasSize(4);
        assertThat(stored(id)).extracting(Concern::getVersion, Concern::getLikelihood).containsExactly(version, 5);
    }

    @Test
    void publishing_shows_the_published_version_unchanged_and_an_edit_then_shows_what_changed() {
        Concern draft = records.create(records.newConcern(records.newPlatform(), "US", 3, 4));
        Concern submitted = runAs.user("analyst", () -> concerns.move(draft.getId(), draft.getVersion(),
                PublicationState.IN_REVIEW, null));
        login("reviewer");
        PublishableEditor<?> page = openPage(submitted.getId());
        assertThat(signOff(page)).as("never published").isEmpty();

        _click(_get(page.getReview(), Button.class, spec -> spec.withText("Publish")));

        assertThat(signOff(page)).containsExactly(publishedLine(draft.getId(), 3), "Unchanged since.");

        _setValue(_get(page.getForm(), Select.class, spec -> spec.withLabel("Impact (1–5)")), 5);
        _click(_get(page.getForm(), Button.class, spec -> spec.withText("Save")));

        assertThat(signOff(page)).containsExactly(publishedLine(draft.getId(), 3), "Changed since:",
                "Impact (1–5): 4 → 5");
        Div changed = _get(signOffBox(page), Div.class, spec -> spec.withClasses("history-change"));
        assertThat(changed.getChildren()).extracting(part -> part.getElement().getTag() + ":"
                + part.getElement().getTextRecursively()).containsExactly("span:Impact (1–5): ", "del:4", "span: → ",
                "ins:5");
    }

    /**
     * A concern created by the analyst (version 1: likelihood 3, claim unverified), submitted (2) and published (3),
     * then edited by the reviewer (4: likelihood 5, claim disputed).
     */
    private long aPublishedConcernEditedOnce() {
        Concern published = records.publish(records.create(records.newConcern(records.newPlatform(), "US", 3, 4)));
        edit(published.getId(), "reviewer", concern -> {
            concern.setLikelihood(5);
            concern.setClaimStatus(ClaimStatus.DISPUTED);
        });
        return published.getId();
    }

    private void edit(long id, String username, Consumer<Concern> change) {
        runAs.user(username, () -> {
            Concern concern = concerns.get(id);
            change.accept(concern);
            return concerns.update(concern);
        });
    }

    private Concern stored(long id) {
        return runAs.user("reviewer", () -> concerns.get(id));
    }

    /** "Published version 3 by reviewer on …", with the time of the publication as the page shows times. */
    private String publishedLine(long id, int version) {
        SignOff published = runAs.user("viewer", () -> concerns.signOff(id)).orElseThrow();
        return "Published version " + version + " by reviewer on " + BrowserTime.format(published.at());
    }

    private static PublishableEditor<?> openPage(long id) {
        UI.getCurrent().navigate("concerns/" + id);
        return _get(PublishableEditor.class);
    }

    private static HistorySection openHistory() {
        HistorySection section = _get(HistorySection.class);
        section.setOpened(true);
        return section;
    }

    /** What the form's select labelled {@code label} shows. */
    private static Object selectShown(PublishableEditor<?> page, String label) {
        return _get(page.getForm(), Select.class, spec -> spec.withLabel(label)).getValue();
    }

    private static Div signOffBox(PublishableEditor<?> page) {
        ReviewPanel review = page.getReview();
        return _get(review, Div.class, spec -> spec.withClasses("sign-off"));
    }

    /** The sign-off's lines as they read, paragraphs and field changes in order. */
    private static List<String> signOff(PublishableEditor<?> page) {
        return signOffBox(page).getChildren().map(part -> part.getElement().getTextRecursively()).toList();
    }

    private static List<Div> lines(HistorySection section) {
        return _find(section, Div.class, spec -> spec.withClasses("history-line"));
    }

    /** The history line that made version {@code version}. */
    private static Div line(HistorySection section, int version) {
        return lines(section).stream().filter(line -> _find(line, Span.class, spec -> spec.withClasses(
                "history-version")).stream().anyMatch(tag -> tag.getText().equals("Version " + version)))
                .findFirst().orElseThrow(() -> new AssertionError("no line of version " + version));
    }

    private static Button restoreButton(Div line) {
        return _get(line, Button.class, spec -> spec.withText(RESTORE));
    }

    private static String header(Div line) {
        return text(line, "history-header");
    }

    private static List<String> changes(Div line) {
        return _find(line, Div.class, spec -> spec.withClasses("history-change")).stream()
                .map(change -> change.getElement().getTextRecursively()).toList();
    }

    private static String text(Component line, String className) {
        return _get(line, Span.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }
}
