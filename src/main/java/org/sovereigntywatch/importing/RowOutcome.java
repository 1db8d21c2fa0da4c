package org.sovereigntywatch.importing;

/** What became, or would become, of a row of a file. */
public enum RowOutcome {
    /** It brings a new item. */
    NEW,
    /** Its item is already recorded, with some other values: the record is left as it is, the differences noted. */
    MATCHED,
    /** Its item is already recorded just so. */
    UNCHANGED,
    /** It cannot be imported: its problems say why. */
    ERROR
}
