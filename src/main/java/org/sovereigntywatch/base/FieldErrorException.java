package org.sovereigntywatch.base;

/**
 * Input that passed the entity's own constraints but breaks a rule only the service can check (a name that is
 * already taken, a parent of the wrong level). Carries the property it concerns so that a form shows the message
 * next to that field.
 */
public class FieldErrorException extends RuntimeException {

    private final String property;

    public FieldErrorException(String property, String message) {
        super(message);
        this.property = property;
    }

    /** The entity property (and form field) the message belongs to. */
    public String getProperty() {
        return property;
    }
}
