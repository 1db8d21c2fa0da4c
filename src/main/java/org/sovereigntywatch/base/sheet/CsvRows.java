package org.sovereigntywatch.base.sheet;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file's rows through FastCSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes), streamed:
 * only the row being read is in memory. The separator, comma or semicolon (French Excel writes semicolons), is
 * found in the header line. Every cell is {@link FormulaCells#unescapeFormula unescaped}.
 */
final class CsvRows implements RowSource {

    /** How much of the file's start is looked at to find the separator: the header line, or its first part. */
    private static final int SEPARATOR_SAMPLE_CHARS = 64 * 1024;
    /**
     * FastCSV's buffer holds one cell as written, quotes doubled: a cell within {@link SheetReader#MAX_CELL_CHARS}
     * always fits; a longer one, or a quote never closed, stops it before memory fills.
     */
    private static final int MAX_BUFFER_CHARS = 4 * SheetReader.MAX_CELL_CHARS;

    private final SheetFormat format;
    private final RowHandler handler;
    private final CsvReader<SheetRow> reader;
    private final CloseableIterator<SheetRow> rows;

    private CsvRows(SheetFormat format, RowHandler handler, CsvReader<SheetRow> reader) {
        this.format = format;
        this.handler = handler;
        this.reader = reader;
        this.rows = reader.iterator();
    }

    static CsvRows open(Path file) throws SheetException, IOException {
        Utf8TextReader text = new Utf8TextReader(Files.newInputStream(file));
        try {
            char[] start = new char[SEPARATOR_SAMPLE_CHARS];
            int length = 0;
            int read;
            while (length < start.length && (read = text.read(start, length, start.length - length)) >= 0) {
                length += read;
            }
            SheetFormat format = separatorOf(start, length);
            RowHandler handler = new RowHandler();
            CsvReader<SheetRow> reader = CsvReader.builder()
                    .fieldSeparator(format == SheetFormat.CSV_SEMICOLON ? ';' : ',')
                    .allowUnclosedQuote(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .maxBufferSize(MAX_BUFFER_CHARS)
                    .build(handler, new PrefixedReader(start, length, text));
            return new CsvRows(format, handler, reader);
        } catch (Utf8TextReader.BadText e) {
            text.close();
            throw e.refusal;
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    /**
     * Semicolon when the first line with something in it (and the blank ones above it) has some semicolons outside
     * quotes, and at least as many as commas (a column's name holds a comma more often than a semicolon); comma
     * otherwise, a one-column file included.
     */
    private static SheetFormat separatorOf(char[] start, int length) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < length; i++) {
            char c = start[i];
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted) {
                content = true;
                continue;
            }
            switch (c) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\n', '\r' -> {
                    // Blank lines before the header count too: a spreadsheet's empty rows use its separator.
                    if (content) {
                        return separator(commas, semicolons);
                    }
                }
                default -> content |= !Character.isWhitespace(c);
            }
        }
        return separator(commas, semicolons);
    }

    private static SheetFormat separator(int commas, int semicolons) {
        return semicolons > 0 && semicolons >= commas ? SheetFormat.CSV_SEMICOLON : SheetFormat.CSV_COMMA;
    }

    @Override
    public SheetFormat format() {
        return format;
    }

    @Override
    public @Nullable SheetRow next() throws SheetException {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (CsvParseException e) {
            if (e.getCause() instanceof Refused refused) {
                throw refused.refusal;
            }
            throw new SheetException(quotesText(e.getMessage(), handler.line()), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8TextReader.BadText bad) {
                throw bad.refusal;
            }
            throw new SheetException(new Text("sheet.unreadable-to-end"), e);
        }
    }

    /**
     * FastCSV says what went wrong only in its message; these are its three faults of quoting, each told the way a
     * user mends it.
     */
    private static Text quotesText(@Nullable String fastCsvMessage, long line) {
        String message = fastCsvMessage == null ? "" : fastCsvMessage;
        if (message.contains("Unclosed quoted field")) {
            return new Text("sheet.quote.unclosed", line);
        }
        if (message.contains("maximum buffer size")) {
            return new Text("sheet.quote.too-long", line, SheetReader.MAX_CELL_CHARS);
        }
        return new Text("sheet.quote.mismatch", line);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Reading is over; a temporary file that cannot be closed cleanly changes nothing for the user.
        }
    }

    /** A refusal from inside FastCSV's parsing, which reaches us as the cause of its own exception. */
    private static final class Refused extends RuntimeException {

        final transient SheetException refusal;

        Refused(SheetException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /**
     * Builds each row as FastCSV parses it, and stops at the first cell past the limits, so that a line of a hundred
     * thousand columns or a cell of a million characters is refused as soon as it is met, not once it is in memory.
     */
    private static final class RowHandler extends AbstractBaseCsvCallbackHandler<SheetRow> {

        private List<String> cells = new ArrayList<>();
        private long rowChars;

        long line() {
            return getStartingLineNumber();
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            cells = new ArrayList<>();
            rowChars = 0;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            if (index >= SheetReader.MAX_COLUMNS) {
                throw new Refused(SheetReader.tooManyColumns(place()));
            }
            if (length > SheetReader.MAX_CELL_CHARS) {
                throw new Refused(SheetReader.cellTooLong(place(), index, length));
            }
            rowChars += length;
            if (rowChars > SheetReader.MAX_ROW_CHARS) {
                throw new Refused(SheetReader.rowTooLong(place()));
            }
            cells.add(FormulaCells.unescapeFormula(new String(buffer, offset, length)));
        }

        private Text place() {
            return new Text("sheet.place.line", getStartingLineNumber());
        }

        @Override
        protected @Nullable SheetRow buildRecord() {
            return cells.isEmpty() ? null : new SheetRow(getStartingLineNumber(), cells);
        }
    }

    /** The characters already read to find the separator, then the rest of the file. */
    private static final class PrefixedReader extends Reader {

        private final char[] prefix;
        private final int prefixLength;
        private int position;
        private final Reader rest;

        PrefixedReader(char[] prefix, int prefixLength, Reader rest) {
            this.prefix = prefix;
            this.prefixLength = prefixLength;
            this.rest = rest;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position < prefixLength) {
                int count = Math.min(length, prefixLength - position);
                System.arraycopy(prefix, position, buffer, offset, count);
                position += count;
                return count;
            }
            return rest.read(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }
}
