package org.sovereigntywatch.base;

/**
 * Input that passed the entity's own constraints but breaks a rule only the service can check (a name that is
 * already taken, a parent of the wrong level). Carries the property it concerns so that a form shows the message
 * next to that field.
 */
public class FieldErrorException extends RuntimeException implements UserMessage {

    private final String property;
    private final Text text;

    public FieldErrorException(String property, Text text) {
        super(text.toString());
        this.property = property;
        this.text = text;
    }

    public FieldErrorException(String property, String key, Object... args) {
        this(property, new Text(key, args));
    }

    /** The entity property (and form field) the message belongs to. */
    public String getProperty() {
        return property;
    }

    @Override
    public Text text() {
        return text;
    }
}
