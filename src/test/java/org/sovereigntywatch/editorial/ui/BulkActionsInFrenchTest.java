package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.Role;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.editorial.PublicationState.IN_REVIEW;
import static org.sovereigntywatch.editorial.PublicationState.PUBLISHED;

/** The bulk bar of the concern register and what it opens, as reviewers whose browser asks for French use them. */
class BulkActionsInFrenchTest extends KaribuTest {

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
    void a_french_reviewer_ticks_two_concerns_publishes_them_and_reads_the_result_in_french() {
        submit(us1, us2);
        login("reviewer");
        browserPrefers(Locale.FRANCE);
        BulkActionsBar<?> bar = open(IN_REVIEW);
        assertThat(status(bar)).isEqualTo("Cochez des lignes pour agir sur plusieurs préoccupations à la fois");
        assertThat(buttons(bar)).contains("Tout sélectionner (2 préoccupations)", "Soumettre à la relecture",
                "Publier", "Renvoyer en brouillon", "Archiver");

        tick(0);
        assertThat(status(bar)).isEqualTo("Sélection : 1 préoccupation");
        tick(1);
        assertThat(status(bar)).isEqualTo("Sélection : 2 préoccupations");
        assertThat(buttons(bar)).contains("Effacer la sélection");
        ShownTexts.assertReadsInFrench(bar);

        _click(button(bar, "Publier"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Publier 2 préoccupations ?");
        assertThat(getText(confirm)).isEqualTo("Chaque élément est vérifié comme il le serait sur sa propre page : "
                + "ceux que vous ne pouvez pas publier restent en l’état et sont listés avec le motif.");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Publier les 2");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Annuler");
        _fireConfirm(confirm);
        awaitUi(() -> !bar.isRunning());

        BulkResultDialog result = _get(BulkResultDialog.class);
        assertThat(result.getHeaderTitle()).isEqualTo("Publication : 2 sur 2 préoccupations");
        assertThat(_find(result, H4.class)).extracting(H4::getText).containsExactly("Réussites (2)");
        assertThat(result.done.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("Préoccupation");
        ShownTexts.assertReadsInFrench(result);
        assertThat(stateOf(us1)).isEqualTo(PUBLISHED);
    }

    @Test
    void a_french_reviewer_covering_the_us_is_told_in_french_why_the_indian_concern_stays() {
        Concern india = records.create(records.newConcern(platform, "IN", 4, 4));
        records.publish(us1);
        records.publish(india);
        login(records.userCovering(Role.REVIEWER, "US"));
        browserPrefers(Locale.FRANCE);
        BulkActionsBar<?> bar = open(PUBLISHED);

        _click(button(bar, "Tout sélectionner (2 préoccupations)"));
        assertThat(status(bar)).isEqualTo("Sélection : tout ce que retient le filtre (2 préoccupations)");
        _click(button(bar, "Archiver"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Archiver 2 préoccupations ?");
        assertThat(getText(confirm)).endsWith("Les éléments archivés sont en lecture seule pour tous.");
        _fireConfirm(confirm);
        awaitUi(() -> !bar.isRunning());

        BulkResultDialog result = _get(BulkResultDialog.class);
        assertThat(result.getHeaderTitle()).isEqualTo("Archivage : 1 sur 2 préoccupations");
        assertThat(_find(result, H4.class)).extracting(H4::getText).containsExactly("Refus (1)", "Réussites (1)");
        assertThat(result.refused.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Préoccupation", "Motif");
        assertThat(rows(result.refused))
                .containsExactly(List.of(india.getTitle(), "Vous ne couvrez pas la juridiction IN."));
        ShownTexts.assertReadsInFrench(result);
    }

    @Test
    void a_french_reviewer_returning_a_concern_to_draft_is_asked_why_in_french() {
        submit(us1);
        login("reviewer");
        browserPrefers(Locale.FRANCE);
        BulkActionsBar<?> bar = open(IN_REVIEW);
        tick(0);

        _click(button(bar, "Renvoyer en brouillon"));
        ReturnToDraftDialog dialog = _get(ReturnToDraftDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Renvoyer 1 préoccupation en brouillon");
        _click(dialog.send);

        TextArea comment = dialog.comment;
        assertThat(comment.getLabel()).isEqualTo("Motif du renvoi en brouillon");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage())
                .isEqualTo("Dites pourquoi l’élément repasse en brouillon : l’analyste lira ce commentaire.");
        assertThat(comment.getHelperText())
                .startsWith("Consigné dans le journal de chaque élément : ses analystes le liront · 0 / 2");
        ShownTexts.assertReadsInFrench(dialog);
        assertThat(stateOf(us1)).isEqualTo(IN_REVIEW);
    }

    @Test
    void a_bulk_result_names_an_item_it_could_not_show_by_its_kind_and_id_in_french() {
        login("reviewer");
        browserPrefers(Locale.FRANCE);
        var result = new org.sovereigntywatch.editorial.BulkResult(List.of(),
                List.of(new org.sovereigntywatch.editorial.BulkResult.Refused(12, null,
                        new org.sovereigntywatch.base.Text("bulk.refused.cancelled"))));

        BulkResultDialog dialog = new BulkResultDialog(result, "concern", "published", "Publication");

        assertThat(dialog.getHeaderTitle()).isEqualTo("Publication : 0 sur 1 préoccupation");
        assertThat(rows(dialog.refused))
                .containsExactly(List.of("préoccupation n° 12", "Action annulée avant d’atteindre cet élément."));
    }

    /** The register of this test's concerns in this state, as the signed-in user sees it; its bulk bar. */
    private BulkActionsBar<?> open(PublicationState state) {
        navigate(ConcernsView.link().platform(platform.getName()).state(state).address());
        return _get(_get(ConcernsView.class), BulkActionsBar.class);
    }

    private void submit(Concern... items) {
        runAs.user("analyst", () -> concerns.moveAll(java.util.Arrays.stream(items).map(Concern::getId).toList(),
                IN_REVIEW, null));
    }

    private PublicationState stateOf(Concern concern) {
        return runAs.user("reviewer", () -> concerns.get(concern.getId())).getState();
    }

    /** Ticks a row's box, keeping the rows ticked before (Karibu's own select clears them first). */
    @SuppressWarnings("unchecked")
    private static void tick(int row) {
        Grid<Object> grid = _get(_get(ConcernsView.class), Grid.class);
        grid.getSelectionModel().selectFromClient(_get(grid, row));
    }

    private static String status(BulkActionsBar<?> bar) {
        return _get(bar, Span.class, spec -> spec.withClasses("bulk-status")).getText();
    }

    private static Button button(Component parent, String text) {
        return _get(parent, Button.class, spec -> spec.withText(text));
    }

    private static List<String> buttons(Component parent) {
        return _find(parent, Button.class).stream().filter(Button::isVisible).map(Button::getText).toList();
    }

    private static <R> List<List<String>> rows(Grid<R> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row)).toList();
    }
}
