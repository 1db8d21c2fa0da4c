package org.sovereigntywatch.api;

import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.RunAs;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The API as a script calls it, through the whole filter chain: tokens made through the service as their owners,
 * requests with {@code Authorization: Bearer}, answers read as JSON.
 */
final class ApiCalls {

    private final MockMvc mvc;
    private final RunAs runAs;
    private final ApiTokenService tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiCalls(WebApplicationContext context, RunAs runAs, ApiTokenService tokens) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        this.runAs = runAs;
        this.tokens = tokens;
    }

    /** A new token of this user's, valid 30 days. */
    String tokenOf(String username) {
        return runAs.user(username, () -> tokens.create("test " + UUID.randomUUID(), 30)).secret();
    }

    /** The answer to a GET of this address (with its query) with the token; null sends none. */
    MvcResult get(String token, String address) {
        return perform(request(token, address));
    }

    MvcResult perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    static MockHttpServletRequestBuilder request(String token, String address) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(address);
        return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    JsonNode body(MvcResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The answer's JSON, after checking its status. */
    JsonNode ok(String token, String address) {
        MvcResult result = get(token, address);
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(address + " answered " + result.getResponse().getStatus() + ": " + body(result));
        }
        return body(result);
    }

    /**
     * The ids of every page of a register from this address on, following {@code next}; {@code betweenPages} runs
     * after each page but the last, with the page's number.
     */
    List<Long> allIds(String token, String address, Consumer<Integer> betweenPages) {
        List<Long> ids = new ArrayList<>();
        String next = address;
        for (int page = 1; next != null; page++) {
            JsonNode body = ok(token, next);
            body.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            next = body.get("next").isNull() ? null : body.get("next").asString();
            if (next != null) {
                betweenPages.accept(page);
            }
        }
        return ids;
    }
}
