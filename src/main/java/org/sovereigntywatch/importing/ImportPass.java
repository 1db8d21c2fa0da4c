package org.sovereigntywatch.importing;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a file: the dry run, which writes nothing, or the commit. It keeps what the rows share — the reference
 * lists, the sources and measures already met, the keys of the rows read so far (a file must not hold the same item
 * twice) — and, when it writes, the items it brought in.
 */
final class ImportPass {

    /** An item an import brought in: its kind's name (as the review log names kinds) and id. */
    record Brought(String kind, long id) {
    }

    private final boolean writes;
    private final References references;
    private final SourceCells sources;
    private final Map<String, Long> lineOfKey = new HashMap<>();
    private final Map<Class<?>, Object> shared = new HashMap<>();
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
     * Notes that the row holds the item with this key; if an earlier row of the file held it, that row's line, and
     * the row is refused as a repeat.
     */
    boolean isRepeat(ImportRow row, String what, String key) {
        Long earlier = lineOfKey.putIfAbsent(key, row.line());
        if (earlier != null) {
            row.rowProblem("Line " + earlier + " already gives this " + what + ": a file holds each item once.");
            return true;
        }
        return false;
    }

    /** A helper the importers of one pass share (the measures met so far, say), made on first use. */
    <T> T shared(Class<T> type, java.util.function.Supplier<T> made) {
        return type.cast(shared.computeIfAbsent(type, key -> made.get()));
    }

    void broughtIn(String kind, @Nullable Long id) {
        brought.add(new Brought(kind, java.util.Objects.requireNonNull(id)));
    }

    List<Brought> brought() {
        return brought;
    }
}
