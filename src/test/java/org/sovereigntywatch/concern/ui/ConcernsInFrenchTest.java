package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.concern.Concern;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Platform;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The concern register, a concern's page and the assignment dialog, as a French analyst reads them. */
class ConcernsInFrenchTest extends KaribuTest {

    @Autowired TestRecords records;

    private Platform platform;
    private Concern draft;

    @BeforeEach
    void aFrenchAnalystWithAUsDraftOnAPlatformOfItsOwn() {
        platform = records.newPlatform();
        draft = records.create(records.newConcern(platform, "US", 4, 5));
        login("analyst");
        browserPrefers(Locale.FRANCE);
    }

    @Test
    void a_french_analyst_reads_the_concern_register_in_french() {
        ConcernsView register = open();

        ShownTexts.assertReadsInFrench();
        assertThat(register.add.getText()).isEqualTo("Nouvelle préoccupation");
        assertThat(register.grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Titre", "Droit → utilisateurs", "Catégorie", "Niveau", "Prochaine revue");
        assertThat(register.filters.open.getLabel()).isEqualTo("Ouvertes uniquement");
        assertThat(_size(register.grid)).isOne();
        ConcernRow row = _get(register.grid, 0);
        assertThat(_getFormattedRow(register.grid, 0)).contains(Texts.label(Locale.FRANCE, row.category()),
                Texts.label(Locale.FRANCE, row.treatmentStatus()));
        // A French reader's dates: day first, four-digit year.
        assertThat(ConcernGrid.shortDates(Locale.FRANCE).format(java.time.LocalDate.of(2025, 1, 19)))
                .isEqualTo("19/01/2025");
    }

    @Test
    void a_french_analyst_reads_a_new_concern_form_in_french() {
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernForm form = _get(ConcernEditorView.class).concernForm();

        ShownTexts.assertReadsInFrench();
        assertThat(form.platformClaim.getLabel()).isEqualTo("Ce qu’affirme la plateforme");
        assertThat(form.nextReview.getLabel()).isEqualTo("Prochaine revue");
        assertThat(form.affectedJurisdiction.getHelperText())
                .startsWith("La juridiction des utilisateurs détermine qui peut modifier la préoccupation.");
    }

    @Test
    void a_french_analyst_reads_an_existing_concern_in_french() {
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(draft.getId())));
        ConcernForm form = _get(ConcernEditorView.class).concernForm();

        ShownTexts.assertReadsInFrench();
        assertThat(form.level.getText()).isEqualTo("Critique · 20");
        assertThat(form.category.getItemLabelGenerator().apply(ConcernCategory.STATE_ACCESS)).isEqualTo("Accès étatique");
    }

    @Test
    void a_french_user_is_told_in_french_what_a_concern_lacks() {
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernForm form = _get(ConcernEditorView.class).concernForm();

        _setValue(form.title, "Brouillon");
        _setValue(form.title, "");
        _setValue(form.description, "x".repeat(Concern.DESCRIPTION_MAX + 1));

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Saisissez un titre");
        assertThat(form.description.getErrorMessage()).isEqualTo("4000 caractères au maximum");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_analyst_reads_the_assignment_dialog_and_its_refusal_in_french() {
        ConcernsView register = open();
        register.grid.getSelectionModel().selectFromClient(_get(register.grid, 0));
        _click(button(register.bulk, "Définir le responsable ou la prochaine revue"));
        AssignDialog dialog = _get(AssignDialog.class);

        assertThat(dialog.getHeaderTitle()).isEqualTo("Définir le responsable ou la prochaine revue d’une préoccupation");
        ShownTexts.assertReadsInFrench();

        _click(dialog.apply);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.owner.getErrorMessage())
                .isEqualTo("Choisissez un nouveau responsable, une date de prochaine revue, ou les deux.");
        ShownTexts.assertReadsInFrench();
    }

    /** The register showing only this test's draft. */
    private ConcernsView open() {
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.platform, platform);
        _setValue(register.filters.state, PublicationState.DRAFT);
        return register;
    }

    private static Button button(Component parent, String text) {
        return _get(parent, Button.class, spec -> spec.withText(text));
    }
}
