package org.sovereigntywatch.api;

/** The API's address; each endpoint's own path is on its controller's method. */
final class ApiPaths {

    static final String V1 = "/api/v1";

    private ApiPaths() {
    }
}
