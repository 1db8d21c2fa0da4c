package org.sovereigntywatch.importing;

import java.util.List;
import java.util.Set;

/**
 * How the rows of one kind are read, checked, matched against the record and written: one Spring bean per
 * {@link ImportKind}. A row is checked by the rules the kind's form and service apply (Bean Validation on the item it
 * would make, the vocabularies, the references that must exist, the importer's scope), then matched by the kind's key;
 * only a new, faultless row is written, and only when the pass {@linkplain ImportPass#writes() writes}.
 */
interface KindImporter {

    ImportKind kind();

    /** The fields a row can fill, named as our own export's columns. */
    List<ImportField> fields();

    /**
     * Columns of our own export that are not imported: ids, audit columns and values worked out from others (a
     * concern's score and level). Recognised, so that an exported file maps without a question.
     */
    Set<String> notImported();

    /** Reads one row: its problems and notices go on the row; a new faultless row is written if the pass writes. */
    RowOutcome read(ImportRow row, ImportPass pass);
}
