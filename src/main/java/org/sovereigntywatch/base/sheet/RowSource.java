package org.sovereigntywatch.base.sheet;

import org.jspecify.annotations.Nullable;

/** The rows of one file format as they come, blank ones included; {@link SheetReader} does the rest. */
interface RowSource extends AutoCloseable {

    SheetFormat format();

    /** The next row, or null at the end. */
    @Nullable SheetRow next() throws SheetException;

    @Override
    void close();
}
