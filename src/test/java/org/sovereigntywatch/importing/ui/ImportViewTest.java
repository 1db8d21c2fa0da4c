package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.importing.ImportField;
import org.sovereigntywatch.importing.ImportKind;
import org.sovereigntywatch.importing.ImportProblem;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.ui.MeasureEditorView;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Import page as a new analyst meets it: upload a file with column names of its own, see the mapping guessed and
 * what is missing, fix it, check the file, see the bad row named, import the valid rows, see the import recorded and
 * named on the measure's page.
 */
class ImportViewTest extends KaribuTest {

    @Autowired MeasureService measures;
    @Autowired RunAs runAs;

    private final String title = "Uploaded ban " + UUID.randomUUID();

    private byte[] timeline() {
        return String.join("\r\n",
                "When,Country,Law,Apps,What happened,Kind",
                "2020-06-29,India," + title + ",TikTok,59 apps blocked,Announced",
                "2021-01,IN," + title + ",TikTok,The block made permanent,In force",
                "31/02/2025,IN," + title + ",TikTok,Not a date,Ruling", "").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_analyst_uploads_fixes_the_mapping_checks_and_imports_the_valid_rows() {
        login("analyst");
        ImportView view = navigateTo();
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.EVENTS);

        _upload(view.upload, "india.csv", "text/csv", timeline());

        assertThat(view.fileLine.getText()).isEqualTo("File: india.csv (CSV, comma-separated, 6 columns).");
        MappingForm mapping = _get(view, MappingForm.class);
        assertThat(mapping.column("What happened").getValue()).extracting(ImportField::name).isEqualTo("summary");
        assertThat(mapping.column("Law").getValue()).extracting(ImportField::name).isEqualTo("measure_title");
        assertThat(mapping.column("Apps").getValue()).extracting(ImportField::name).isEqualTo("platforms");
        assertThat(mapping.column("Kind").getValue()).isNull();
        assertThat(mapping.faults.getText()).isEqualTo("No column gives ‘Action’ (action): choose the column that "
                + "does, or a value for every row.");
        assertThat(view.check.isEnabled()).isFalse();

        _setValue(mapping.column("Kind"), field(mapping, "action"));
        assertThat(mapping.faults.isVisible()).isFalse();
        _click(view.check);
        awaitResult(view);

        ResultPanel checked = _get(view.resultArea, ResultPanel.class);
        assertThat(checked.summary.getText()).isEqualTo("3 rows read. Nothing was written: every problem is listed "
                + "below.");
        assertThat(checked.shownProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("When");
            assertThat(problem.value()).isEqualTo("31/02/2025");
        });
        assertThat(view.commit.getText()).isEqualTo("Import 2 valid rows");
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(measures()).isZero();

        _setValue(view.validRowsOnly, true);
        assertThat(view.commit.isEnabled()).isTrue();
        _click(view.commit);
        awaitResult(view);

        ResultPanel imported = _get(view.resultArea, ResultPanel.class);
        assertThat(imported.heading.getText()).isEqualTo("Imported");
        assertThat(imported.summary.getText()).contains("2 new items entered as drafts").contains("Skipped lines "
                + "with errors: 4.");
        assertThat(measures()).isEqualTo(1);
        assertThat(view.recent.grid.getListDataView().getItems().findFirst().orElseThrow().getFileName())
                .isEqualTo("india.csv");

        long id = runAs.user("analyst", () -> measures.likelyDuplicates("IN", title, null)).getFirst().getId();
        UI.getCurrent().navigate(MeasureEditorView.class, new com.vaadin.flow.router.RouteParameters("id",
                String.valueOf(id)));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("brought-in"))
                .getText()).startsWith("Brought in by import #").contains("(india.csv), by analyst on ");
    }

    @Test
    void a_french_analyst_reads_the_import_page_in_french_before_and_after_a_dry_run() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        ImportView view = navigateTo();
        ShownTexts.assertReadsInFrench();

        _upload(view.upload, "inde.csv", "text/csv", String.join("\r\n",
                "Quand,Pays,Loi,Applis,Résumé,Genre",
                "2020-06-29,Inde," + title + ",TikTok,59 applications bloquées,Annonce",
                "2021-01,IN," + title + ",TikTok,Le blocage devient définitif,Entrée en vigueur",
                "31/02/2025,IN," + title + ",TikTok,Pas une date,Décision de justice", "")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(view.fileLine.getText()).isEqualTo("Fichier : inde.csv (CSV, séparé par des virgules, 6 colonnes).");
        MappingForm mapping = _get(view, MappingForm.class);
        assertThat(mapping.faults.getText()).isEqualTo("Aucune colonne ne donne « Type d’étape » (action) : choisissez "
                + "celle qui le donne, ou une valeur pour toutes les lignes.");
        ShownTexts.assertReadsInFrench();

        _setValue(mapping.column("Genre"), field(mapping, "action"));
        _click(view.check);
        awaitResult(view);

        ResultPanel checked = _get(view.resultArea, ResultPanel.class);
        assertThat(checked.heading.getText()).isEqualTo("Vérifié");
        assertThat(checked.summary.getText()).isEqualTo("3 lignes lues. Rien n’a été enregistré : tous les problèmes "
                + "sont listés ci-dessous.");
        assertThat(_getFormatted(checked.problems, 0, "message")).isEqualTo("« 31/02/2025 » n’est pas une date : "
                + "écrivez-la sous la forme 2025-01-19, ou 2021-01 pour un mois, ou 2021 pour une année.");
        assertThat(view.commit.getText()).isEqualTo("Importer 2 lignes valides");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_with_a_message_and_no_mapping() {
        login("analyst");
        ImportView view = navigateTo();

        _upload(view.upload, "picture.csv", "text/csv", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(view.fileLine.getText()).startsWith("File: picture.csv. This is not a CSV or XLSX file");
        assertThat(view.check.isVisible()).isFalse();
    }

    @Test
    void a_viewer_cannot_open_the_import_page() {
        login("viewer");

        navigate("import");

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ImportView.class);
    }

    private long measures() {
        return runAs.user("analyst", () -> measures.likelyDuplicates("IN", title, null)).size();
    }

    private static ImportField field(MappingForm mapping, String name) {
        return mapping.columns.getFirst().getListDataView().getItems()
                .filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }

    private static ImportView navigateTo() {
        navigate("import");
        return _get(ImportView.class);
    }

    /** The dry run and the commit run on a thread of their own; their result reaches the page through the UI queue. */
    private static void awaitResult(ImportView view) {
        awaitUi(() -> !view.cancel.isVisible());
    }

}
