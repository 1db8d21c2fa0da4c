package org.sovereigntywatch.base;

/**
 * How a long piece of work (an import, a bulk action) tells how far it got, and hears that the user asked it to stop.
 * The work asks {@link #cancelled()} between its steps and decides itself what stopping means: an import writes
 * nothing, a bulk action leaves the items it already changed as they are.
 */
public interface TaskProgress {

    /** For work nobody watches: never cancelled, its progress heard by no one. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void advanced(long steps) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** How many steps (rows read, items handled) are behind the work now; called as it goes and at the end. */
    void advanced(long steps);

    /** Whether the user asked the work to stop; it stops before its next step. */
    boolean cancelled();
}
