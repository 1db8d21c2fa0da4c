package org.sovereigntywatch.base;

/** A workflow move that is not allowed from the item's current state; its text is fit to show to the user. */
public class WorkflowException extends RuntimeException implements UserMessage {

    private final Text text;

    public WorkflowException(String key, Object... args) {
        super(new Text(key, args).toString());
        this.text = new Text(key, args);
    }

    @Override
    public Text text() {
        return text;
    }
}
