package org.sovereigntywatch.base;

/** A workflow move that is not allowed from the item's current state; its message is fit to show to the user. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
