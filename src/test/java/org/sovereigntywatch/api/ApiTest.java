package org.sovereigntywatch.api;

import org.junit.jupiter.api.BeforeEach;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.TestRecords;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

/**
 * What the API's tests share: the calls a script makes ({@link ApiCalls}), the records they make for themselves, and a
 * platform of each test's own, so that filtering by it gives that test's items only.
 */
@IntegrationTest
abstract class ApiTest {

    @Autowired WebApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired ApiTokenService tokens;
    @Autowired TestRecords records;

    ApiCalls api;
    Platform platform;

    @BeforeEach
    void aPlatformOfItsOwn() {
        api = new ApiCalls(context, runAs, tokens);
        platform = records.newPlatform();
    }

    /** The ids of a page's items, or of a measure's events, in their order. */
    static List<Long> ids(JsonNode items) {
        JsonNode list = items.has("items") ? items.get("items") : items;
        return StreamSupport.stream(list.spliterator(), false).map(item -> item.get("id").asLong()).toList();
    }
}
