package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.editorial.ui.BulkResultDialog;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.editorial.PublicationState.ARCHIVED;
import static org.sovereigntywatch.editorial.PublicationState.DRAFT;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/** The concern register's bulk bar, as the users of each role meet it. */
class ConcernsBulkTest extends KaribuTest {

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Platform platform;
    private Concern us1;
    private Concern us2;

    @BeforeEach
    void twoUsDraftsOnAPlatformOfTheirOwn() {
        platform = records.newPlatform();
        us1 = records.create(records.newConcern(platform, "US", 2, 2));
        us2 = records.create(records.newConcern(platform, "US", 3, 3));
    }

    @Test
    void a_reviewer_ticks_two_concerns_in_review_publishes_them_and_sees_the_result() {
        submit(us1, us2);
        login("reviewer");
        ConcernsView register = open(IN_REVIEW);
        assertThat(_size(register.grid)).isEqualTo(2);

        tick(register, 0);
        tick(register, 1);
        assertThat(status(register)).isEqualTo("2 concerns selected");
        _click(button(register.bulk, "Publish"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Publish 2 concerns?");
        _fireConfirm(confirm);
        awaitResult(register);

        BulkResultDialog result = _get(BulkResultDialog.class);
        assertThat(result.getHeaderTitle()).isEqualTo("2 of 2 concerns published");
        assertThat(rows(result)).containsExactlyInAnyOrder(List.of(us1.getTitle()), List.of(us2.getTitle()));
        assertThat(stateOf(us1)).isEqualTo(PUBLISHED);
        assertThat(_size(register.grid)).as("no longer in review").isZero();
        assertThat(register.bulk.selectedIds()).isEmpty();
    }

    @Test
    void a_reviewer_covering_the_us_archives_all_matching_and_is_told_why_the_indian_one_stays() {
        Concern india = records.create(records.newConcern(platform, "IN", 4, 4));
        records.publish(us1);
        records.publish(india);
        login(records.userCovering(Role.REVIEWER, "US"));
        ConcernsView register = open(PUBLISHED);

        _click(button(register.bulk, "Select all 2 concerns matching"));
        assertThat(status(register)).isEqualTo("All 2 concerns matching the filter selected");
        _click(button(register.bulk, "Archive"));
        _fireConfirm(_get(ConfirmDialog.class));
        awaitResult(register);

        BulkResultDialog result = _get(BulkResultDialog.class);
        assertThat(result.getHeaderTitle()).isEqualTo("1 of 2 concerns archived");
        assertThat(rows(result)).containsExactly(
                List.of(india.getTitle(), "You do not cover the jurisdiction IN."), List.of(us1.getTitle()));
        assertThat(stateOf(us1)).isEqualTo(ARCHIVED);
        assertThat(stateOf(india)).isEqualTo(PUBLISHED);
    }

    @Test
    void a_return_to_draft_asks_for_the_comment_and_goes_nowhere_without_one() {
        submit(us1);
        login("reviewer");
        ConcernsView register = open(IN_REVIEW);
        tick(register, 0);

        _click(button(register.bulk, "Return to draft"));
        Dialog dialog = _get(Dialog.class);
        TextArea comment = _get(dialog, TextArea.class);
        _click(button(dialog, "Return to draft"));

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say why it goes back to draft: the analyst will read this comment.");
        assertThat(stateOf(us1)).isEqualTo(IN_REVIEW);

        _setValue(comment, "Name the court.");
        _click(button(dialog, "Return to draft"));
        awaitResult(register);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(BulkResultDialog.class).getHeaderTitle()).isEqualTo("1 of 1 concern returned to draft");
        assertThat(stateOf(us1)).isEqualTo(DRAFT);
    }

    @Test
    void an_analyst_is_offered_only_what_an_analyst_may_do_and_sets_the_next_review_of_a_draft() {
        login("analyst");
        ConcernsView register = open(DRAFT);

        assertThat(_find(register.bulk, Button.class)).extracting(Button::getText)
                .contains("Submit for review", "Set owner or next review")
                .doesNotContain("Publish", "Return to draft", "Archive");
        assertThat(button(register.bulk, "Submit for review").isEnabled()).as("nothing ticked yet").isFalse();
        tick(register, 0);
        long ticked = register.bulk.selectedIds().getFirst();
        _click(button(register.bulk, "Set owner or next review"));
        AssignDialog dialog = _get(AssignDialog.class);
        LocalDate review = LocalDate.now().plusDays(21);
        _setValue(dialog.nextReview, review);
        _click(dialog.apply);
        assertThat(progressText(register)).isEqualTo("Updating… 0 of 1");
        awaitResult(register);

        assertThat(_get(BulkResultDialog.class).getHeaderTitle()).isEqualTo("1 of 1 concern updated");
        assertThat(runAs.user("analyst", () -> concerns.get(ticked)).getNextReview()).isEqualTo(review);
    }

    @Test
    void an_assignment_that_sets_nothing_is_refused_on_the_owner_field_before_anything_runs() {
        login("analyst");
        ConcernsView register = open(DRAFT);
        tick(register, 0);
        _click(button(register.bulk, "Set owner or next review"));
        AssignDialog dialog = _get(AssignDialog.class);

        _click(dialog.apply);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.owner.isInvalid()).isTrue();
        assertThat(dialog.owner.getErrorMessage()).isEqualTo("Choose a new owner, a next review date, or both.");
        assertThat(register.bulk.isRunning()).isFalse();
    }

    @Test
    void while_a_publication_runs_the_bar_shows_its_progress_and_a_cancel_and_the_grid_waits() {
        ConcernsView register = reviewerPublishingBothSubmitted();

        // Running until the UI's queue runs: parts are found by walking the bar (a Karibu lookup would run the queue).
        assertThat(register.bulk.isRunning()).isTrue();
        assertThat(part(register, Div.class, "bulk-progress").isVisible()).isTrue();
        assertThat(progressText(register)).isEqualTo("Publishing… 0 of 2");
        assertThat(part(register, ProgressBar.class, null).getMax()).isEqualTo(2.0);
        assertThat(barButton(register, "Cancel").isEnabled()).isTrue();
        assertThat(barButton(register, "Publish").isEnabled()).isFalse();
        assertThat(barButton(register, "Clear selection").isEnabled()).isFalse();
        assertThat(register.grid.isEnabled()).isFalse();
        // The browser's polls bring the count as the work goes.
        eventually(() -> {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            return progressText(register).equals("Publishing… 2 of 2");
        });
        assertThat(part(register, ProgressBar.class, null).getValue()).isEqualTo(2.0);

        awaitResult(register);

        assertThat(part(register, Div.class, "bulk-progress").isVisible()).isFalse();
        assertThat(register.grid.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("polling stopped").isEqualTo(-1);
        assertThat(_get(BulkResultDialog.class).getHeaderTitle()).isEqualTo("2 of 2 concerns published");
    }

    @Test
    void a_cancelled_publication_leaves_the_concerns_it_did_not_reach_as_they_were_and_says_so() {
        List<Concern> more = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> records.create(records.newConcern(platform, "US", 1 + i % 5, 1))).toList();
        submit(more.toArray(Concern[]::new));
        login("reviewer");
        ConcernsView register = open(IN_REVIEW);
        _click(button(register.bulk, "Select all 6 concerns matching"));
        _click(button(register.bulk, "Publish"));
        _fireConfirm(_get(ConfirmDialog.class));

        _click(barButton(register, "Cancel"));
        assertThat(progressText(register)).isEqualTo("Cancelling…");
        awaitResult(register);

        // How far it got before it heard the cancel depends on the threads; what it says must match what it did.
        BulkResultDialog result = _get(BulkResultDialog.class);
        List<List<String>> rows = rows(result);
        assertThat(rows).hasSize(6);
        for (Concern concern : more) {
            boolean notDone = rows.contains(List.of("concern " + concern.getId(), "Not done: cancelled."));
            assertThat(rows.contains(List.of(concern.getTitle()))).isNotEqualTo(notDone);
            assertThat(stateOf(concern)).isEqualTo(notDone ? IN_REVIEW : PUBLISHED);
        }
        assertThat(result.getHeaderTitle()).endsWith(" of 6 concerns published");
    }

    @Test
    void a_publication_finishes_when_the_user_leaves_the_register_and_a_notification_says_how_it_went() {
        ConcernsView register = reviewerPublishingBothSubmitted();

        UI.getCurrent().navigate("measures");
        awaitResult(register);

        expectNotifications("2 of 2 concerns published.");
        assertThat(_find(BulkResultDialog.class)).isEmpty();
        assertThat(stateOf(us1)).isEqualTo(PUBLISHED);
        assertThat(stateOf(us2)).isEqualTo(PUBLISHED);
    }

    @Test
    void a_viewer_sees_no_bulk_bar_and_cannot_tick_rows() {
        login("viewer");
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);

        assertThat(register.bulk.isVisible()).isFalse();
        assertThat(register.grid.getSelectionModel()).isNotInstanceOf(GridMultiSelectionModel.class);
    }

    /** The register as this user sees it, showing only this test's concerns in this state. */
    private ConcernsView open(PublicationState state) {
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.platform, platform);
        _setValue(register.filters.state, state);
        return register;
    }

    private void submit(Concern... items) {
        runAs.user("analyst", () -> concerns.moveAll(java.util.Arrays.stream(items).map(Concern::getId).toList(),
                IN_REVIEW, null));
    }

    private PublicationState stateOf(Concern concern) {
        return runAs.user("reviewer", () -> concerns.get(concern.getId())).getState();
    }

    /** Ticks a row's box, keeping the rows ticked before (Karibu's own select clears them first). */
    private static void tick(ConcernsView register, int row) {
        register.grid.getSelectionModel().selectFromClient(_get(register.grid, row));
    }

    private static String status(ConcernsView register) {
        return _get(register.bulk, Span.class, spec -> spec.withClasses("bulk-status")).getText();
    }

    private static String progressText(ConcernsView register) {
        return part(register, Span.class, "bulk-progress-text").getText();
    }

    private static Button barButton(ConcernsView register, String text) {
        return descendants(register.bulk).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    /**
     * A part of the bar, of this type and with this class name if one is given, found by walking the bar, visible or
     * not. Karibu's lookups run the UI's queue first, which would hand a running action's result back meanwhile.
     */
    private static <C extends Component> C part(ConcernsView register, Class<C> type, @Nullable String className) {
        return descendants(register.bulk).filter(type::isInstance).map(type::cast)
                .filter(part -> className == null || part.getElement().getClassList().contains(className))
                .findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component parent) {
        return parent.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    /** The bulk action runs on a thread of its own; its result reaches the page through the UI queue. */
    private static void awaitResult(ConcernsView register) {
        awaitUi(() -> !register.bulk.isRunning());
    }

    /** The result's rows as shown, refused first (title and why), then done (title). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(BulkResultDialog result) {
        return _find(result, Grid.class).stream().flatMap(grid -> java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(row -> _getFormattedRow((Grid<Object>) grid, row))).toList();
    }

    private static Button button(Component parent, String text) {
        return _get(parent, Button.class, spec -> spec.withText(text));
    }

    /** The reviewer, in the register of concerns in review, has started publishing the two submitted ones. */
    private ConcernsView reviewerPublishingBothSubmitted() {
        submit(us1, us2);
        login("reviewer");
        ConcernsView register = open(IN_REVIEW);
        _click(button(register.bulk, "Select all 2 concerns matching"));
        _click(button(register.bulk, "Publish"));
        _fireConfirm(_get(ConfirmDialog.class));
        return register;
    }
}
