package org.sovereigntywatch.base.sheet;

import org.sovereigntywatch.base.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file as strict UTF-8, a buffer at a time, dropping a leading byte-order mark. It counts the lines it
 * has decoded (CR, LF and CRLF each end one, as FastCSV counts them), so that a byte that is not UTF-8, or a NUL that
 * no text holds, is reported on the line a text editor shows it on, even though the decoding runs ahead of the CSV
 * parser.
 */
final class Utf8TextReader extends Reader {

    /** A fault of the bytes, found on a line; it travels through FastCSV as the cause of its I/O exception. */
    static final class BadText extends IOException {

        final transient SheetException refusal;

        BadText(SheetException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private long line = 1;
    private boolean afterCarriageReturn;

    Utf8TextReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            CoderResult result = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, endOfInput);
            if (endOfInput && result.isUnderflow() && !flushed) {
                result = decoder.flush(out);
                flushed = true;
            }
            int decoded = out.position() - offset;
            if (result.isError()) {
                count(buffer, offset, decoded);
                throw new BadText(notUtf8());
            }
            if (!started && decoded > 0) {
                started = true;
                if (buffer[offset] == BYTE_ORDER_MARK) {
                    System.arraycopy(buffer, offset + 1, buffer, offset, --decoded);
                }
            }
            if (decoded > 0) {
                count(buffer, offset, decoded);
                return decoded;
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    /** Counts the line ends among freshly decoded characters, and refuses a NUL. */
    private void count(char[] buffer, int offset, int length) throws BadText {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
            } else if (c == '\r') {
                line++;
            } else if (c == 0) {
                throw new BadText(new SheetException(new Text("sheet.not-a-sheet.nul", line)));
            }
            afterCarriageReturn = c == '\r';
        }
    }

    private SheetException notUtf8() {
        return new SheetException(new Text("sheet.not-utf-8", line));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
