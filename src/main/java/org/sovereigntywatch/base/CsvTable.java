package org.sovereigntywatch.base;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.sovereigntywatch.base.sheet.FormulaCells;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one way this application writes CSV: every report and export describes its columns here and streams its rows
 * through {@link #open}, row by row, so nothing holds a whole report in memory.
 * <p>
 * The file is what a spreadsheet user expects: UTF-8 with a byte-order mark (so Excel reads accents and 小红书
 * correctly), RFC 4180 quoting and CRLF line ends (FastCSV), ISO-8601 dates and instants, several values in one cell
 * joined with {@code |}, and no formula injection: a cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a leading {@code '} so a spreadsheet shows it as text instead of running it
 * ({@link FormulaCells}, where the import takes it off again).
 *
 * @param <T> the type of one row
 */
public final class CsvTable<T> {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> headers = new ArrayList<>();
    private final List<Function<? super T, ?>> values = new ArrayList<>();

    /** Adds a column; {@code value} may return null, a string, a number, a date, an enum or a collection. */
    public CsvTable<T> column(String header, Function<? super T, ?> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    /** Writes the byte-order mark and the header row; the caller then writes the rows and closes the writer. */
    public RowWriter<T> open(OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(BYTE_ORDER_MARK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(headers);
        return new RowWriter<>(csv, values);
    }

    /**
     * Writes a whole table from a stream of query rows, a chunk at a time: {@code lines} turns each chunk into table
     * rows, typically adding what one more query looks up for the whole chunk (sources, platforms). The chunks are
     * read and looked up on the caller's thread, inside its transaction, and formatted on another while the next one
     * is read ({@link BackgroundRowWriter}). Memory holds a few chunks, whatever the number of rows.
     *
     * @return how many rows were written
     */
    public <R> long write(Stream<R> rows, int chunkSize, Function<List<R>, List<T>> lines, OutputStream out)
            throws IOException {
        try (RowWriter<T> writer = open(out)) {
            return BackgroundRowWriter.writeAll(rows, chunkSize, lines, writer);
        }
    }

    /**
     * Groups (id, value) pairs, as a query for a multi-valued column returns them, into the values of each id:
     * what a {@code |}-joined cell shows.
     */
    public static Map<Long, List<String>> valuesById(List<Object[]> idValuePairs) {
        Map<Long, List<String>> byId = new HashMap<>();
        for (Object[] pair : idValuePairs) {
            byId.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]);
        }
        return byId;
    }

    /**
     * Whether these ids, as a chunk of an export read them, rise and lie close together, as they do when an export
     * follows the primary key: then one indexed range scan finds their multi-values ({@code between} the first and
     * the last) instead of an {@code in} list of a thousand values, which the database plans anew every time.
     */
    public static boolean isNarrowRange(List<Long> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i) < ids.get(i - 1)) {
                return false;
            }
        }
        return !ids.isEmpty() && ids.getLast() - ids.getFirst() <= 4L * ids.size();
    }

    /** A download's file name: {@code concerns-2026-11-25.csv}. */
    public static String fileName(String report, LocalDate date) {
        return report + "-" + date + ".csv";
    }

    /** The text of one cell, before formula neutralising. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Collection<?> many -> joined(many);
            case Enum<?> constant -> constant.name();
            // LocalDate, Instant and friends print as ISO-8601 already.
            case TemporalAccessor time -> time.toString();
            default -> value.toString();
        };
    }

    /** Several values in one cell; a loop rather than a stream, as exports call it for every row. */
    private static String joined(Collection<?> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringJoiner cell = new StringJoiner("|");
        for (Object value : values) {
            cell.add(text(value));
        }
        return cell.toString();
    }

    /** Writes rows of a table that has been opened; closing it flushes and closes the output. */
    public static final class RowWriter<T> implements Closeable, BackgroundRowWriter.Sink<T> {

        private final CsvWriter csv;
        private final List<Function<? super T, ?>> values;
        private final String[] cells;
        private long rows;

        private RowWriter(CsvWriter csv, List<Function<? super T, ?>> values) {
            this.csv = csv;
            this.values = values;
            this.cells = new String[values.size()];
        }

        @Override
        public void write(T row) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = FormulaCells.neutralise(text(values.get(i).apply(row)));
            }
            csv.writeRecord(cells);
            rows++;
        }

        /** How many rows have been written, not counting the header. */
        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }
}
