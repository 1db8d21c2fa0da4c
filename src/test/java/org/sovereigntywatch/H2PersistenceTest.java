package org.sovereigntywatch;

/** {@link PersistenceContract} on the embedded H2 the tests and the default run use. */
@IntegrationTest
class H2PersistenceTest extends PersistenceContract {

    @Override
    protected String openSessionsQuery() {
        return "select session_id from information_schema.sessions";
    }
}
