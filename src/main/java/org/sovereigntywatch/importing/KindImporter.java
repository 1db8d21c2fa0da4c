package org.sovereigntywatch.importing;

import java.util.List;
import java.util.Set;

/**
 * How the rows of one kind are read, checked, matched against the record and written: one Spring bean per
 * {@link ImportKind}. A row is checked by the rules the kind's form and service apply (Bean Validation on the item it
 * would make, the vocabularies, the references that must exist, the importer's scope), then matched by the kind's key;
 * only a new, faultless row is written, and only when the pass {@linkplain ImportPass#writes() writes}: rows are
 * read a chunk at a time, and what a chunk's rows bring is written together at its end.
 */
abstract class KindImporter {

    private final ImportKind kind;
    private final List<ImportField> fields;
    private final Set<String> notImported;

    /**
     * @param fields      the fields a row can fill, named as our own export's columns
     * @param notImported columns of our own export that are not imported: ids, audit columns and values worked out
     *                    from others (a concern's score and level); recognised, so that an exported file maps without
     *                    a question
     */
    KindImporter(ImportKind kind, List<ImportField> fields, Set<String> notImported) {
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.notImported = Set.copyOf(notImported);
    }

    final ImportKind kind() {
        return kind;
    }

    final List<ImportField> fields() {
        return fields;
    }

    final Set<String> notImported() {
        return notImported;
    }

    /**
     * Looks up, in a few queries, what a chunk of rows refers to (recorded sources, measures, events), before its rows
     * are read one by one; the rows' problems are left for {@link #read} to find.
     */
    void prefetch(List<ImportRow> rows, ImportPass pass) {
    }

    /**
     * Reads one row: its problems and notices go on the row; a new faultless row is queued for writing if the pass
     * writes.
     */
    abstract RowOutcome read(ImportRow row, ImportPass pass);

    /** Writes what the chunk's rows queued (a commit only), noting each item brought in on the pass. */
    void write(ImportPass pass) {
    }
}
