package org.sovereigntywatch.benchmark;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sovereigntywatch.base.sheet.SheetReader;
import org.sovereigntywatch.importing.ColumnMapping;
import org.sovereigntywatch.importing.ImportFile;
import org.sovereigntywatch.importing.ImportKind;
import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.importing.ImportResult;
import org.sovereigntywatch.importing.ImportService;
import org.sovereigntywatch.timeline.EventAction;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imports of a timeline of {@code rows} events into a tenth as many new measures, from CSV and from XLSX, as the
 * benchmark analyst (who covers everything): the dry run three times (the last forcing full collections, for the live
 * heap it keeps), then the commit of a file of its own for each format (new measures each time, so every row is
 * written), and one more commit forcing full collections; a smaller commit first warms the write path up. Each timed
 * pass starts after the database has written out what the earlier ones left in memory (a checkpoint on PostgreSQL).
 * Rows per second and heap growth, against the targets.
 */
final class ImportBenchmark {

    static final String HEADER = "date,date_precision,status,action,summary,measure_title,jurisdiction,platforms,"
            + "policy_area,instrument,binding,sources";
    private static final String[] JURISDICTIONS = {"US", "IN", "FR", "DE", "BR", "CA", "GB", "JP", "NP", "AU"};
    private static final EventAction[] ACTIONS = EventAction.values();

    interface Figures {
        void add(String name, String value, String target, String verdict);
    }

    private final ImportService imports;
    private final List<String> platforms;
    private final Figures figures;
    private final Runner runner;
    private final Runnable settle;
    private final int rows;

    interface Runner {
        <T> T as(String user, Supplier<T> work);
    }

    /** @param settle run before each timed pass: lets the database write out what earlier ones left in memory */
    ImportBenchmark(ImportService imports, List<String> platforms, Figures figures, Runner runner, Runnable settle,
                    int rows) {
        this.imports = imports;
        this.platforms = platforms;
        this.figures = figures;
        this.runner = runner;
        this.settle = settle;
        this.rows = rows;
    }

    void run() throws Exception {
        warmUp();
        for (boolean xlsx : new boolean[]{false, true}) {
            String format = xlsx ? "XLSX" : "CSV";
            Path checked = write(xlsx);
            Path committed = write(xlsx);
            try {
                dryRun(format, checked);
                commit(format, committed, false);
                if (!xlsx) {
                    Path watched = write(false);
                    try {
                        commit(format, watched, true);
                    } finally {
                        Files.deleteIfExists(watched);
                    }
                }
            } finally {
                Files.deleteIfExists(checked);
                Files.deleteIfExists(committed);
            }
        }
    }

    /**
     * A tenth of the rows committed once, untimed, so that the first timed commit does not pay for the JIT compiling
     * the write path and the database planning its statements (a cold first commit took half as long again).
     */
    private void warmUp() throws Exception {
        ImportBenchmark small = new ImportBenchmark(imports, platforms, figures, runner, settle,
                Math.max(10, rows / 10));
        Path path = small.write(false);
        try {
            ImportFile file = new ImportFile(ImportKind.EVENTS, path, path.getFileName().toString());
            ColumnMapping mapping = mapping(path);
            runner.as("bench-analyst", () -> imports.commit(file, mapping, false, TaskProgress.NONE));
        } finally {
            Files.deleteIfExists(path);
        }
    }

    private void dryRun(String format, Path path) throws Exception {
        ImportFile file = new ImportFile(ImportKind.EVENTS, path, path.getFileName().toString());
        ColumnMapping mapping = mapping(path);
        double seconds = 0;
        long live = 0;
        long sampled = 0;
        ImportResult result = null;
        for (int run = 0; run < 3; run++) {
            settle.run();
            try (HeapWatch heap = new HeapWatch(run == 2)) {
                long start = System.nanoTime();
                result = runner.as("bench-analyst", () -> imports.check(file, mapping, TaskProgress.NONE));
                if (run == 1) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    sampled = heap.sampledGrowthBytes();
                }
                if (run == 2) {
                    live = heap.liveGrowthBytes();
                }
            }
        }
        requireClean(result);
        double rate = rows / seconds;
        figures.add("Import dry run, " + format + ": rows per second", "%,.0f (%,d rows, %.1f s)".formatted(rate,
                rows, seconds), "≥ 20,000", rate >= 20_000 ? "met" : "MISSED");
        figures.add("Import dry run, " + format + ": live heap growth (peak after full GCs)",
                "%.1f MB (sampled, garbage included: %.1f MB)".formatted(live / 1e6, sampled / 1e6), "≤ 256 MB",
                live <= 256e6 ? "met" : "MISSED");
    }

    private void commit(String format, Path path, boolean watchLiveHeap) throws Exception {
        ImportFile file = new ImportFile(ImportKind.EVENTS, path, path.getFileName().toString());
        ColumnMapping mapping = mapping(path);
        settle.run();
        try (HeapWatch heap = new HeapWatch(watchLiveHeap)) {
            long start = System.nanoTime();
            ImportResult result = runner.as("bench-analyst", () -> imports.commit(file, mapping, false,
                    TaskProgress.NONE));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result.written() || result.rowsNew() != rows) {
                throw new IllegalStateException("The commit wrote " + result.rowsNew() + " rows: " + result.stopped());
            }
            if (watchLiveHeap) {
                figures.add("Import commit, " + format + ": live heap growth (peak after full GCs)",
                        "%.1f MB".formatted(heap.liveGrowthBytes() / 1e6), "≤ 256 MB",
                        heap.liveGrowthBytes() <= 256e6 ? "met" : "MISSED");
            } else {
                double rate = rows / seconds;
                figures.add("Import commit, " + format + ": rows per second", "%,.0f (%,d rows, %.1f s)".formatted(
                        rate, rows, seconds), "≥ 10,000 (PostgreSQL)", rate >= 10_000 ? "met" : "MISSED");
                figures.add("Import commit, " + format + ": sampled heap growth, garbage included",
                        "%.1f MB".formatted(heap.sampledGrowthBytes() / 1e6), "(information)", "");
            }
        }
    }

    private ColumnMapping mapping(Path path) throws Exception {
        try (SheetReader sheet = SheetReader.open(path, path.toString())) {
            return runner.as("bench-analyst", () -> imports.guess(ImportKind.EVENTS, sheet.header()));
        }
    }

    private static void requireClean(ImportResult result) {
        if (result == null || !result.problems().isEmpty() || result.stopped() != null) {
            throw new IllegalStateException("The benchmark file has problems: "
                    + (result == null ? "" : result.problems().stream().limit(3).toList() + " " + result.stopped()));
        }
    }

    /** A timeline of {@code rows} events, ten for each new measure, a third citing a source of its own. */
    private Path write(boolean xlsx) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path path = Files.createTempFile("sw-import-", xlsx ? ".xlsx" : ".csv");
        if (xlsx) {
            try (OutputStream out = Files.newOutputStream(path)) {
                Workbook workbook = new Workbook(out, "benchmark", "1.0");
                Worksheet sheet = workbook.newWorksheet("Timeline");
                String[] header = HEADER.split(",");
                for (int c = 0; c < header.length; c++) {
                    sheet.value(0, c, header[c]);
                }
                for (int i = 0; i < rows; i++) {
                    String[] row = row(run, i);
                    for (int c = 0; c < row.length; c++) {
                        sheet.value(i + 1, c, row[c]);
                    }
                    if (i % 10_000 == 0) {
                        sheet.flush();
                    }
                }
                workbook.finish();
            }
            return path;
        }
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.join(",", row(run, i)));
                out.write("\r\n");
            }
        }
        return path;
    }

    private String[] row(String run, int i) {
        int measure = i / 10;
        int step = i % 10;
        String date = "%d-%02d-%02d".formatted(2012 + step, 1 + measure % 12, 1 + measure % 28);
        return new String[]{date, "DAY", "HAPPENED", ACTIONS[step % ACTIONS.length].name(),
                "Step " + step + " of imported measure " + measure,
                "Imported measure " + run + "-" + measure, JURISDICTIONS[measure % JURISDICTIONS.length],
                platforms.get(measure % platforms.size()), "NATIONAL_SECURITY", "LAW", "true",
                i % 3 == 0 ? "https://bench.example/import/" + run + "/" + i : ""};
    }
}
