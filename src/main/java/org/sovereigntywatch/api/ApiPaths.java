package org.sovereigntywatch.api;

/** The API's addresses, each in one place. */
final class ApiPaths {

    static final String V1 = "/api/v1";
    static final String CONCERNS = V1 + "/concerns";

    private ApiPaths() {
    }
}
