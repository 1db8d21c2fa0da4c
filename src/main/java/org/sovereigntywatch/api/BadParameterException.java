package org.sovereigntywatch.api;

/**
 * A request parameter the API cannot use: an unknown value, a malformed cursor, a page size over the limit. Answered
 * {@code 400} with the parameter named ({@link ApiErrors}).
 */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
