package org.sovereigntywatch.api;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.sovereigntywatch.security.ApiTokenService;
import org.sovereigntywatch.security.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI description, generated from the code: public, valid against the specification, and complete:
 * every endpoint in it, every operation, parameter and field described, and the token it takes.
 */
@IntegrationTest
class OpenApiDocumentTest {

    @Autowired WebApplicationContext context;
    @Autowired RunAs runAs;
    @Autowired ApiTokenService tokens;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private ApiCalls api;
    private String text;
    private JsonNode document;

    @BeforeEach
    void theDescriptionAsAnyoneReadsIt() {
        api = new ApiCalls(context, runAs, tokens);
        MvcResult result = api.get(null, "/api/docs/openapi.json");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        document = api.body(result);
    }

    @Test
    void the_description_is_valid_openapi() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, null);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
    }

    @Test
    void every_endpoint_of_the_api_is_in_it_and_nothing_else() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, method) -> {
            if (method.getBeanType().getPackageName().equals(ApiPaths.class.getPackageName())
                    && method.getBeanType() != ApiFallback.class) {
                endpoints.addAll(mapping.getPatternValues());
            }
        });

        assertThat(new TreeSet<>(document.get("paths").propertyNames())).isEqualTo(endpoints)
                .contains("/api/v1/concerns", "/api/v1/concerns/{id}");
    }

    @Test
    void every_operation_parameter_and_field_is_described() {
        List<String> undescribed = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey().toUpperCase() + " " + path.getKey();
            requireText(operation.getValue(), "summary", where, undescribed);
            requireText(operation.getValue(), "description", where, undescribed);
            operation.getValue().path("parameters").forEach(parameter ->
                    requireText(parameter, "description", where + " ?" + parameter.get("name").asString(), undescribed));
        }));
        document.get("components").get("schemas").properties().forEach(schema -> schema.getValue().path("properties")
                .properties().forEach(field ->
                        requireText(field.getValue(), "description", schema.getKey() + "." + field.getKey(), undescribed)));

        assertThat(undescribed).isEmpty();
    }

    @Test
    void every_endpoint_takes_a_bearer_token_and_filters_list_their_values() {
        JsonNode scheme = document.get("components").get("securitySchemes").get(OpenApiConfig.TOKEN);
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("security").get(0).has(OpenApiConfig.TOKEN)).isTrue();

        JsonNode state = parameter("/api/v1/concerns", "state");
        assertThat(state.get("schema").get("items").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED");
        assertThat(parameter("/api/v1/concerns", "limit").get("schema").get("maximum").asInt()).isEqualTo(Paging.MAX_LIMIT);
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode parameter : document.get("paths").get(path).get("get").get("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("No parameter " + name + " at " + path);
    }

    private static void requireText(JsonNode node, String field, String where, List<String> missing) {
        // A field given by reference takes its description from the schema it names, which is checked itself.
        if (node.has("$ref") || node.has("allOf")) {
            return;
        }
        if (!node.has(field) || node.get(field).asString().isBlank()) {
            missing.add(where + " has no " + field);
        }
    }
}
