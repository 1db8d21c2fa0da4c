package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.CsvTable;
import org.sovereigntywatch.base.Text;
import org.sovereigntywatch.base.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a dry run found, or what a commit did: how many rows are new, matched, unchanged or in error, every problem
 * and notice by line, and for a commit whether it wrote (all the rows, or the valid ones) and the import's id. Its
 * messages are texts, put into words by whoever shows them, in their reader's language.
 *
 * @param rows         the data rows read (blank rows are not rows)
 * @param problems     what keeps rows (or the file) from being imported, in the file's order
 * @param notices      differences between rows and the recorded items they match, which stay as recorded
 * @param skippedLines the lines with errors: those a valid-rows-only commit leaves out
 * @param written      whether the commit wrote; always false for a dry run
 * @param importId     the recorded import, when one was written
 * @param stopped      why the pass stopped before the end (cancelled, or refused as a whole), else {@code null}
 */
public record ImportResult(ImportKind kind, long rows, long rowsNew, long rowsMatched, long rowsUnchanged,
                           long rowsWithErrors, List<ImportProblem> problems, List<ImportProblem> notices,
                           List<Long> skippedLines, boolean written, @Nullable Long importId,
                           @Nullable Text stopped) {

    public ImportResult {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        skippedLines = List.copyOf(skippedLines);
    }

    /** A file refused as a whole before any row is read: unreadable, or no usable header. */
    static ImportResult refused(ImportKind kind, Text why) {
        return new ImportResult(kind, 0, 0, 0, 0, 0, List.of(new ImportProblem(1, "", "", why)), List.of(),
                List.of(), false, null, why);
    }

    /** The same result, written by the commit as the import with this id. */
    ImportResult written(@Nullable Long id) {
        return new ImportResult(kind, rows, rowsNew, rowsMatched, rowsUnchanged, rowsWithErrors, problems, notices,
                skippedLines, true, id, null);
    }

    /** Whether every row can be imported. */
    public boolean isClean() {
        return problems.isEmpty() && stopped == null;
    }

    /**
     * The problems as CSV in the shared format: {@code line, column, value, message}. The columns' names stay the
     * same in every language; the messages are written in {@code locale}, the reader's.
     */
    public void writeProblems(OutputStream out, Locale locale) throws IOException {
        CsvTable<ImportProblem> table = new CsvTable<ImportProblem>()
                .column("line", ImportProblem::line)
                .column("column", ImportProblem::column)
                .column("value", ImportProblem::value)
                .column("message", problem -> Texts.format(locale, problem.message()));
        try (CsvTable.RowWriter<ImportProblem> writer = table.open(out)) {
            problems.forEach(writer::write);
        }
    }

    /** The skipped lines as text, cut to {@code max} characters with a count of the rest. */
    @Nullable String skippedLinesText(int max) {
        if (skippedLines.isEmpty()) {
            return null;
        }
        String all = skippedLines.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return all.length() <= max ? all : all.substring(0, all.lastIndexOf(", ", max - 20)) + " and more";
    }
}
