package org.sovereigntywatch.editorial.ui;

import org.sovereigntywatch.editorial.BulkResult;

import java.util.List;
import java.util.function.Consumer;

/**
 * An action of a register's own that the {@link BulkActionsBar} offers beside the workflow moves: it asks the user for
 * what it needs (a dialog), acts on the selected items through its service, and hands back what was done.
 */
@FunctionalInterface
public interface BulkAction {

    /**
     * @param ids      the selected items
     * @param whenDone to be called with the result once the action ran; never if the user cancelled
     */
    void start(List<Long> ids, Consumer<BulkResult> whenDone);
}
