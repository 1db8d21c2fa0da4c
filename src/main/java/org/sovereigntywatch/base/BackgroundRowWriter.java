package org.sovereigntywatch.base;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Formats and writes chunks of rows on a thread of its own while the caller reads the next chunk from the database,
 * so an export takes about as long as the slower of the two instead of their sum. The caller keeps the database
 * work (its transaction is bound to its thread); this thread only turns values already read into the export's
 * format: CSV ({@link CsvTable}), JSON lines (the API's NDJSON).
 * <p>
 * At most {@value #CHUNKS_IN_FLIGHT} chunks wait, so memory stays bounded when the client reads slowly. A failure on
 * either side stops the other: a write failure (the client went away) is thrown to the caller at its next chunk,
 * and {@link #close} stops the writing thread if the caller fails or gives up first.
 */
public final class BackgroundRowWriter<T> implements AutoCloseable {

    private static final int CHUNKS_IN_FLIGHT = 2;

    /** Where the writing thread puts each row, in the export's format. */
    public interface Sink<T> {

        void write(T row);

        /** How many rows it has written. */
        long rows();
    }

    /**
     * Writes a whole export from a stream of query rows, a chunk at a time: {@code lines} turns each chunk into the
     * sink's rows on the caller's thread, inside its transaction (typically adding what one more query looks up for
     * the whole chunk), and the sink writes them on another while the next chunk is read. Memory holds a few chunks,
     * whatever the number of rows.
     *
     * @return how many rows were written
     */
    public static <R, T> long writeAll(Stream<R> rows, int chunkSize, Function<List<R>, List<T>> lines, Sink<T> sink)
            throws IOException {
        try (BackgroundRowWriter<T> background = new BackgroundRowWriter<>(sink)) {
            List<R> chunk = new ArrayList<>(chunkSize);
            for (Iterator<R> it = rows.iterator(); it.hasNext(); ) {
                chunk.add(it.next());
                if (chunk.size() == chunkSize || !it.hasNext()) {
                    background.write(lines.apply(chunk));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            return background.finish();
        }
    }

    private final BlockingQueue<List<T>> chunks = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    /** Marks the end of the rows; compared by identity (not {@code List.of()}, which is one shared instance). */
    private final List<T> end = new ArrayList<>(0);
    private final FutureTask<Long> writing;
    private final Thread thread;

    private BackgroundRowWriter(Sink<T> writer) {
        writing = new FutureTask<>(() -> {
            for (List<T> chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
                chunk.forEach(writer::write);
            }
            return writer.rows();
        });
        thread = Thread.ofPlatform().name("export-writer").daemon().start(writing);
    }

    /** Hands a chunk to the writing thread, waiting while it is {@value #CHUNKS_IN_FLIGHT} chunks behind. */
    private void write(List<T> chunk) throws IOException {
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) {
                    rows(); // throws what stopped the writing thread
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing an export");
        }
    }

    /** Waits until every chunk is written; returns how many rows were. */
    private long finish() throws IOException {
        write(end);
        return rows();
    }

    private long rows() throws IOException {
        try {
            return writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing an export");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the writing thread if the rows did not all arrive, and waits for it to let go of the writer, which the
     * caller closes next.
     */
    @Override
    public void close() {
        writing.cancel(true);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
