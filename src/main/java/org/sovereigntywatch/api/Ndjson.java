package org.sovereigntywatch.api;

import jakarta.servlet.http.HttpServletResponse;
import org.sovereigntywatch.base.RowWriter;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Function;

/**
 * Bulk pulls as NDJSON, one JSON object a line, written as the rows stream from the database: nothing is held but the
 * row being written and a 64 KB buffer, whatever the size of the pull. Each row is turned into the same JSON record
 * as the paged list gives.
 */
@Component
class Ndjson {

    static final String MEDIA_TYPE = "application/x-ndjson";
    private static final int BUFFER = 1 << 16;

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
            long written = 0;
            OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER);
            try (JsonGenerator lines = writer.createGenerator(out)) {
                for (Iterator<R> row = rows.iterator(); row.hasNext(); written++) {
                    writer.writeValue(lines, toJson.apply(row.next()));
                    lines.writeRaw('\n');
                }
            }
            return written;
        };
    }
}
