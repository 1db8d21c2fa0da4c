package org.sovereigntywatch.importing;

/** How a running import tells how far it is, and hears that it should stop (nothing is then written). */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void rowsRead(long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called every so many rows, and at the end. */
    void rowsRead(long rows);

    boolean cancelled();
}
