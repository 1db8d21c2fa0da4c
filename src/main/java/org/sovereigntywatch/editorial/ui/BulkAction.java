package org.sovereigntywatch.editorial.ui;

import org.sovereigntywatch.base.TaskProgress;
import org.sovereigntywatch.editorial.BulkResult;

import java.util.List;
import java.util.function.Consumer;

/**
 * An action of a register's own that the {@link BulkActionsBar} offers beside the workflow moves: it asks the user for
 * what it needs (a dialog), then hands the bar the work to do on the selected items through its service; the bar runs
 * it off the UI's lock, with its progress and a cancel button, and shows what was done.
 */
@FunctionalInterface
public interface BulkAction {

    /**
     * @param ids the selected items
     * @param run to be called with the work once the user confirmed it; never if they gave up
     */
    void start(List<Long> ids, Consumer<Work> run);

    /** The action on the items, as the service does it: told how far it got after each item, stopped by a cancel. */
    @FunctionalInterface
    interface Work {
        BulkResult apply(TaskProgress progress);
    }
}
