package org.sovereigntywatch.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.UI;
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.importing.ImportProblem;
import org.sovereigntywatch.importing.ImportResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a dry run found, or a commit did: the rows counted by outcome, every problem in a grid (line, column, value,
 * message) that also downloads as CSV, and the differences from recorded items that the import leaves alone. The
 * messages are put into words as they are shown, in the page's language; the CSV's in the language of the page the
 * download starts from.
 */
class ResultPanel extends Composite<Div> {

    /** Cells longer than this are cut in the grid; the CSV has them whole. */
    private static final int SHOWN_VALUE_MAX = 120;

    final H3 heading = new H3();
    final Paragraph summary = new Paragraph();
    final Paragraph stopped = new Paragraph();
    final Grid<ImportProblem> problems = grid();
    final Grid<ImportProblem> notices = grid();

    ResultPanel(ImportResult result, boolean afterCommit) {
        heading.setText(getTranslation(afterCommit ? (result.written() ? "import.result.imported"
                : "import.result.not-imported") : "import.result.checked"));
        summary.setText(summaryOf(result, afterCommit));
        stopped.addClassName("import-faults");
        stopped.setText(result.stopped() == null ? "" : getTranslation(result.stopped().key(),
                result.stopped().args()));
        stopped.setVisible(result.stopped() != null);
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        notices.setItems(result.notices());
        notices.removeColumnByKey("column");
        notices.removeColumnByKey("value");
        notices.getColumnByKey("message").setHeader(getTranslation("import.result.left-as-recorded"));
        notices.setVisible(!result.notices().isEmpty());
        HorizontalLayout counts = new HorizontalLayout(count(result.rowsNew(), "new"),
                count(result.rowsMatched(), "matched"), count(result.rowsUnchanged(), "unchanged"),
                count(result.rowsWithErrors(), "with-errors"));
        counts.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().add(heading, counts, summary, stopped, problems);
        if (!result.problems().isEmpty()) {
            // The download runs in a request of its own, off the UI's lock: it reads the page's language then.
            UI ui = UI.getCurrent();
            getContent().add(CsvDownload.link(() -> "import-problems",
                    out -> result.writeProblems(out, readerOf(ui))));
        }
        getContent().add(notices);
    }

    /** The locale of the page a download starts from, as it is when it starts. */
    private static Locale readerOf(UI ui) {
        return ui.getLocale();
    }

    /** @param outcome the outcome as the page's style names it: {@code import-count-new} */
    private Span count(long rows, String outcome) {
        Span count = new Span(getTranslation("import.result.count." + outcome, rows));
        count.addClassNames("import-count", "import-count-" + outcome);
        return count;
    }

    private String summaryOf(ImportResult result, boolean afterCommit) {
        List<String> sentences = new ArrayList<>();
        sentences.add(getTranslation("import.result.rows-read", result.rows()));
        if (!afterCommit) {
            sentences.add(getTranslation(result.problems().isEmpty() ? "import.result.checked.clean"
                    : "import.result.checked.problems"));
        } else if (!result.written()) {
            sentences.add(getTranslation("import.result.nothing-written"));
        } else {
            sentences.add(getTranslation("import.result.written", result.rowsNew(),
                    String.valueOf(result.importId())));
            if (!result.skippedLines().isEmpty()) {
                sentences.add(getTranslation("import.result.skipped", String.join(", ",
                        result.skippedLines().stream().map(String::valueOf).toList())));
            }
        }
        return String.join(" ", sentences);
    }

    private Grid<ImportProblem> grid() {
        Grid<ImportProblem> grid = new Grid<>();
        grid.addColumn(ImportProblem::line).setHeader(getTranslation("import.result.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("import.result.column")).setKey("column")
                .setAutoWidth(true);
        grid.addColumn(problem -> shown(problem.value())).setHeader(getTranslation("import.result.value"))
                .setKey("value");
        grid.addColumn(problem -> Translations.text(problem.message()))
                .setHeader(getTranslation("import.result.problem")).setKey("message").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(false);
        grid.setHeight("20em");
        return grid;
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_VALUE_MAX ? value : value.substring(0, SHOWN_VALUE_MAX) + "…";
    }

    List<ImportProblem> shownProblems() {
        return problems.getListDataView().getItems().toList();
    }
}
