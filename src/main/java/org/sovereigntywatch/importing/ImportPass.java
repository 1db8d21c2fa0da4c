package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One pass over a file: the dry run, which writes nothing, or the commit. It keeps what the rows share — the reference
 * lists, the sources and measures already met, the keys of the rows read so far (a file must not hold the same item
 * twice) — and, when it writes, what the rows of the current chunk are to write and the items written.
 */
final class ImportPass {

    /** An item an import brought in: its kind's name (as the review log names kinds) and id. */
    record Brought(String kind, long id) {
    }

    /** Something the rows of a chunk queue up to write together at the chunk's end (a commit only). */
    interface Pending {
        void write(ImportPass pass);
    }

    private final boolean writes;
    private final References references;
    private final SourceCells sources;
    private final Map<String, Long> lineOfKey = new HashMap<>();
    private final Map<Class<?>, Object> shared = new LinkedHashMap<>();
    private final List<Brought> brought = new ArrayList<>();

    ImportPass(boolean writes, References references, SourceCells sources) {
        this.writes = writes;
        this.references = references;
        this.sources = sources;
    }

    /** Whether this pass writes (the commit) or only checks (the dry run). */
    boolean writes() {
        return writes;
    }

    References references() {
        return references;
    }

    SourceCells sources() {
        return sources;
    }

    /**
     * Notes that the row holds the item with this key; if an earlier row of the file held it, the row is refused as
     * a repeat, with the text of {@code repeatKey} naming that row's line ({@code import.row.repeat.*}).
     */
    boolean isRepeat(ImportRow row, String repeatKey, String key) {
        Long earlier = lineOfKey.putIfAbsent(key, row.line());
        if (earlier != null) {
            row.rowProblem(repeatKey, earlier);
            return true;
        }
        return false;
    }

    /** A helper the importers of one pass share (the measures met so far, say), made on first use. */
    <T> T shared(Class<T> type, Supplier<T> made) {
        return type.cast(shared.computeIfAbsent(type, key -> made.get()));
    }

    /**
     * Writes what the chunk's rows queued: the sources they cite first, then the shared helpers' items (new
     * measures) in the order the helpers were made, then the importer's own.
     */
    void writePending(KindImporter importer) {
        sources.write();
        for (Object helper : List.copyOf(shared.values())) {
            if (helper instanceof Pending pending) {
                pending.write(this);
            }
        }
        importer.write(this);
    }

    void broughtIn(String kind, @Nullable Long id) {
        brought.add(new Brought(kind, Objects.requireNonNull(id)));
    }

    /** The items written since the last call, handed over once. */
    List<Brought> takeBrought() {
        List<Brought> taken = List.copyOf(brought);
        brought.clear();
        return taken;
    }
}
