package org.sovereigntywatch.history;

import org.sovereigntywatch.IntegrationTest;

/** {@link HistoryContract} on the embedded H2 the tests and the default run use. */
@IntegrationTest
class H2HistoryTest extends HistoryContract {
}
