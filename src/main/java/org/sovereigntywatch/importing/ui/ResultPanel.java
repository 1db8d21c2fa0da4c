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
import org.sovereigntywatch.base.ui.CsvDownload;
import org.sovereigntywatch.importing.ImportProblem;
import org.sovereigntywatch.importing.ImportResult;

import java.util.List;

/**
 * What a dry run found, or a commit did: the rows counted by outcome, every problem in a grid (line, column, value,
 * message) that also downloads as CSV, and the differences from recorded items that the import leaves alone.
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
        heading.setText(afterCommit ? (result.written() ? "Imported" : "Not imported") : "Checked");
        summary.setText(summaryOf(result, afterCommit));
        stopped.addClassName("import-faults");
        stopped.setText(result.stopped() == null ? "" : result.stopped());
        stopped.setVisible(result.stopped() != null);
        problems.setItems(result.problems());
        problems.setVisible(!result.problems().isEmpty());
        notices.setItems(result.notices());
        notices.removeColumnByKey("column");
        notices.removeColumnByKey("value");
        notices.getColumnByKey("message").setHeader("Left as recorded");
        notices.setVisible(!result.notices().isEmpty());
        HorizontalLayout counts = new HorizontalLayout(count(result.rowsNew(), "new"),
                count(result.rowsMatched(), "matched"), count(result.rowsUnchanged(), "unchanged"),
                count(result.rowsWithErrors(), "with errors"));
        counts.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().add(heading, counts, summary, stopped, problems);
        if (!result.problems().isEmpty()) {
            getContent().add(CsvDownload.link(() -> "import-problems", result::writeProblems));
        }
        getContent().add(notices);
    }

    private static Span count(long rows, String outcome) {
        Span count = new Span(String.format("%,d %s", rows, outcome));
        count.addClassNames("import-count", "import-count-" + outcome.replace(' ', '-'));
        return count;
    }

    private static String summaryOf(ImportResult result, boolean afterCommit) {
        String rows = String.format("%,d rows read.", result.rows());
        if (!afterCommit) {
            return rows + (result.problems().isEmpty() ? " No problems: nothing was written yet."
                    : " Nothing was written: every problem is listed below.");
        }
        if (!result.written()) {
            return rows + " Nothing was written.";
        }
        String skipped = result.skippedLines().isEmpty() ? ""
                : " Skipped lines with errors: " + String.join(", ",
                result.skippedLines().stream().map(String::valueOf).toList()) + ".";
        return rows + String.format(" %,d new items entered as drafts (import #%d).", result.rowsNew(),
                result.importId()) + skipped;
    }

    private static Grid<ImportProblem> grid() {
        Grid<ImportProblem> grid = new Grid<>();
        grid.addColumn(ImportProblem::line).setHeader("Line").setKey("line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportProblem::column).setHeader("Column").setKey("column").setAutoWidth(true);
        grid.addColumn(problem -> shown(problem.value())).setHeader("Value").setKey("value");
        grid.addColumn(ImportProblem::message).setHeader("Problem").setKey("message").setFlexGrow(3);
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
