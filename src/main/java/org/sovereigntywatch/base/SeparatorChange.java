package org.sovereigntywatch.base;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Rewrites a comma-separated CSV as it streams through, with another separator: the exports write RFC 4180 CSV with
 * commas ({@link CsvTable}), and this changes the commas between values, and only those,
 * into the new separator. A quoted value passes as it is (a comma in it is text); an unquoted value holding the new
 * separator gets quotes, so it stays one value. Works on the UTF-8 bytes: the characters it looks at (the separators,
 * the quote, line ends) are ASCII, and no byte of a longer character equals one of them. The byte-order mark at the
 * start passes as it is. Memory holds one unquoted value at most.
 */
final class SeparatorChange extends FilterOutputStream {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private enum State { VALUE_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final byte separator;
    private final ByteArrayOutputStream unquoted = new ByteArrayOutputStream();
    private boolean unquotedHoldsSeparator;
    private State state = State.VALUE_START;
    /** While the file's first bytes are read: how many of them are the byte-order mark's so far. */
    private int markRead;
    private boolean atStart = true;
    private boolean closed;

    SeparatorChange(OutputStream out, byte separator) {
        super(out);
        this.separator = separator;
    }

    @Override
    public void write(int b) throws IOException {
        byte c = (byte) b;
        if (atStart) {
            if (c == BYTE_ORDER_MARK[markRead]) {
                if (++markRead == BYTE_ORDER_MARK.length) {
                    out.write(BYTE_ORDER_MARK);
                    atStart = false;
                }
                return;
            }
            startWithoutMark();
        }
        separate(c);
    }

    /** The file does not start with a byte-order mark: what looked like its start is the first value's. */
    private void startWithoutMark() throws IOException {
        atStart = false;
        for (int i = 0; i < markRead; i++) {
            separate(BYTE_ORDER_MARK[i]);
        }
    }

    private void separate(byte c) throws IOException {
        switch (state) {
            case VALUE_START -> {
                if (c == '"') {
                    out.write(c);
                    state = State.QUOTED;
                } else {
                    state = State.UNQUOTED;
                    unquotedByte(c);
                }
            }
            case UNQUOTED -> unquotedByte(c);
            case QUOTED -> {
                out.write(c);
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    // A doubled quote: a quote within the value.
                    out.write(c);
                    state = State.QUOTED;
                } else {
                    state = State.UNQUOTED;
                    unquotedByte(c);
                }
            }
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** A byte outside quotes: the end of the value (a comma or a line end), or part of it, held until it ends. */
    private void unquotedByte(byte c) throws IOException {
        if (c == ',' || c == '\r' || c == '\n') {
            endValue();
            out.write(c == ',' ? separator : c);
            state = State.VALUE_START;
        } else {
            unquoted.write(c);
            unquotedHoldsSeparator |= c == separator;
        }
    }

    /** Writes the unquoted value held, in quotes if it holds the new separator. */
    private void endValue() throws IOException {
        if (unquotedHoldsSeparator) {
            out.write('"');
            unquoted.writeTo(out);
            out.write('"');
        } else {
            unquoted.writeTo(out);
        }
        unquoted.reset();
        unquotedHoldsSeparator = false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (atStart) {
                startWithoutMark();
            }
            if (state == State.UNQUOTED) {
                endValue();
            }
        } finally {
            out.close();
        }
    }
}
