package org.sovereigntywatch.api;

import jakarta.servlet.http.HttpServletResponse;
import org.sovereigntywatch.base.BackgroundRowWriter;
import org.sovereigntywatch.base.RowWriter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.util.function.Function;

/**
 * Bulk pulls as NDJSON, one JSON object a line, written as the rows stream from the database: each row is turned into
 * the same JSON record as the paged list gives and written on a thread of its own while the next chunk is read, as the
 * CSV exports are ({@link BackgroundRowWriter}), so a pull takes about as long as the slower of reading and writing.
 * Nothing is held but a few chunks and a 64 KB buffer, whatever the size of the pull.
 */
@Component
class Ndjson {

    static final String MEDIA_TYPE = "application/x-ndjson";
    private static final int BUFFER = 1 << 16;
    private static final int CHUNK = 1000;

    private final ObjectWriter writer;

    Ndjson(JsonMapper json) {
        // Jackson flushes after every value by default: a system call per row on a million rows.
        this.writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    /** Writes each row, as {@code toJson} makes it, to the response, a line each. */
    <R> RowWriter<R> to(HttpServletResponse response, Function<R, ?> toJson) {
        return rows -> {
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            try (JsonGenerator lines = writer.createGenerator(
                    new BufferedOutputStream(response.getOutputStream(), BUFFER))) {
                return BackgroundRowWriter.writeAll(rows, CHUNK, chunk -> chunk, new BackgroundRowWriter.Sink<R>() {
                    private long written;

                    @Override
                    public void write(R row) {
                        writer.writeValue(lines, toJson.apply(row));
                        lines.writeRaw('\n');
                        written++;
                    }

                    @Override
                    public long rows() {
                        return written;
                    }
                });
            }
        };
    }
}
