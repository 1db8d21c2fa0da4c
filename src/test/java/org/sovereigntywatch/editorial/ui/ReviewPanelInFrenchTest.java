package org.sovereigntywatch.editorial.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.concern.ConcernService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;

/** The review side of an item's page, as an analyst whose browser asks for French uses it. */
class ReviewPanelInFrenchTest extends KaribuTest {

    @Autowired ConcernService concerns;
    @Autowired TestRecords records;
    @Autowired RunAs runAs;

    private Concern draft;

    @BeforeEach
    void aDraftOfTheDemoAnalyst() {
        draft = records.create(records.newConcern(records.newPlatform(), "US", 2, 2));
        login("analyst");
        browserPrefers(Locale.FRANCE);
    }

    @Test
    void a_french_analyst_comments_and_submits_a_draft_and_reads_the_review_log_in_french() {
        ReviewPanel review = open(draft).getReview();
        assertThat(_get(review, H3.class).getText()).isEqualTo("Relecture");
        assertThat(_get(review, Badge.class).getText()).isEqualTo("Brouillon");
        assertThat(buttons(review)).contains("Ajouter un commentaire", "Soumettre à la relecture",
                "Supprimer le brouillon");
        assertThat(logLines(review)).singleElement().asString().endsWith(" · création par analyst à l’état « Brouillon »");

        _click(button(review, "Ajouter un commentaire"));
        assertThat(comment(review).isInvalid()).isTrue();
        assertThat(comment(review).getErrorMessage()).isEqualTo("Écrivez d’abord un commentaire");

        _setValue(comment(review), "Citer la décision du tribunal.");
        _click(button(review, "Ajouter un commentaire"));
        _click(button(review, "Soumettre à la relecture"));

        assertThat(_get(review, Badge.class).getText()).isEqualTo("En relecture");
        assertThat(logLines(review)).hasSize(3);
        assertThat(logLines(review).get(1)).endsWith(" · analyst a commenté");
        assertThat(logLines(review).get(2)).endsWith(" · analyst l’a fait passer de « Brouillon » à « En relecture »");
        assertThat(comment(review).getLabel()).isEqualTo("Commentaire");
        ShownTexts.assertReadsInFrench(review);
    }

    @Test
    void a_french_analyst_is_asked_in_french_before_a_draft_is_deleted_and_told_it_was() {
        ReviewPanel review = open(draft).getReview();

        _click(button(review, "Supprimer le brouillon"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getHeader(confirm)).isEqualTo("Supprimer le brouillon");
        assertThat(getText(confirm))
                .isEqualTo("Supprimer le brouillon « " + draft.getTitle() + " » ? Cette action est irréversible.");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Supprimer");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Annuler");
        _fireConfirm(confirm);

        expectNotifications("Brouillon « " + draft.getTitle() + " » supprimé");
    }

    @Test
    void a_french_analyst_starts_a_new_concern_under_a_french_heading() {
        UI.getCurrent().navigate("concerns/new");

        ConcernEditorView page = _get(ConcernEditorView.class);
        assertThat(_get(page.getForm(), H2.class).getText()).isEqualTo("Nouvelle préoccupation");
        assertThat(buttons(page.getForm())).contains("Enregistrer", "Annuler");
        assertThat(_get(page.getForm(), Button.class, spec -> spec.withText("Enregistrer")).getTooltip().getText())
                .isEqualTo("Enregistrer (Ctrl+Entrée ou ⌘+Entrée)");
    }

    @Test
    void a_move_asked_for_with_unsaved_changes_is_refused_in_french() {
        ConcernEditorView page = open(draft);
        _setValue(_find(page.getForm(), TextArea.class).getFirst(), "Modifié sans enregistrer");

        _click(button(page.getReview(), "Soumettre à la relecture"));

        expectNotifications("Enregistrez ou annulez d’abord vos modifications du formulaire : un changement d’état "
                + "les laisserait non enregistrées.");
        assertThat(runAs.user("analyst", () -> concerns.get(draft.getId())).getState())
                .isEqualTo(PublicationState.DRAFT);
    }

    private static ConcernEditorView open(Concern concern) {
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(concern.getId())));
        return _get(ConcernEditorView.class);
    }

    private static TextArea comment(ReviewPanel review) {
        return _get(review, TextArea.class);
    }

    private static Button button(com.vaadin.flow.component.Component parent, String text) {
        return _get(parent, Button.class, spec -> spec.withText(text));
    }

    private static List<String> buttons(com.vaadin.flow.component.Component parent) {
        return _find(parent, Button.class).stream().filter(Button::isVisible).map(Button::getText).toList();
    }

    private static List<String> logLines(ReviewPanel review) {
        return _find(review, Span.class, spec -> spec.withClasses("review-log-header")).stream()
                .map(Span::getText).toList();
    }
}
