package org.sovereigntywatch.security;

import org.sovereigntywatch.base.FieldErrorException;

/**
 * A one-time or recovery code that was not accepted, with the reason for the user, shown next to the code field.
 * The transaction that refuses it still commits, so that the wrong attempt is counted.
 */
public class CodeRefusedException extends FieldErrorException {

    public static final String FIELD = "code";

    CodeRefusedException(String key, Object... args) {
        super(FIELD, key, args);
    }
}
