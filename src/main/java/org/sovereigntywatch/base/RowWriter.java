package org.sovereigntywatch.base;

import java.io.IOException;
import java.util.stream.Stream;

/**
 * Writes the rows of an export as they stream from the database, in a format of the caller's (the API's NDJSON): the
 * service opens the stream in its transaction, with its visibility, and notes the export in the security log.
 *
 * @param <R> the row
 */
@FunctionalInterface
public interface RowWriter<R> {

    /** @return how many rows were written */
    long write(Stream<R> rows) throws IOException;
}
