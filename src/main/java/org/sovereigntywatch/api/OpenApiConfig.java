package org.sovereigntywatch.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description, which springdoc completes from the controllers' annotations and serves at
 * {@code /api/docs/openapi.json}, with a browsable page at {@code /api/docs}: here only what no controller says, the
 * title, that every endpoint takes a personal access token, and the problems every endpoint may answer with.
 */
@Configuration
class OpenApiConfig {

    static final String TOKEN = "token";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info().title("Sovereignty Watch API").version("v1").description("""
                        The record, read: concerns and their filters, paged by cursor. Every request sends a \
                        personal access token (made on your account page) as `Authorization: Bearer swt_…`, and \
                        sees what its owner sees on the screens. Errors are RFC 9457 problem details with a `code` \
                        (and, for a bad parameter, the `parameter`); more than the rate limit in a minute is \
                        answered 429 with `Retry-After`."""))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal access token: swt_ and 43 characters.")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /**
     * The refusals every operation may answer with, each an RFC 9457 problem: written once here, as they come from
     * {@link ApiErrors} and the security chain rather than from any one controller.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An RFC 9457 problem: what went wrong, in words and as a stable code.")
                    .addProperty("title", new StringSchema().description("The HTTP status in words."))
                    .addProperty("status", new IntegerSchema().description("The HTTP status."))
                    .addProperty("detail", new StringSchema().description("What went wrong, for a person."))
                    .addProperty("instance", new StringSchema().description("The path that was asked for."))
                    .addProperty("code", new StringSchema().description("What went wrong, for a script: "
                            + "bad-parameter, token-required, invalid-token, token-expired, token-revoked, "
                            + "token-owner-disabled, not-found, method-not-allowed, not-acceptable, rate-limited, "
                            + "forbidden, internal-error."))
                    .addProperty("parameter", new StringSchema().description("For bad-parameter: the query parameter "
                            + "it is about.")));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                responses.addApiResponse("400", problem("A parameter it cannot use (`parameter` names it)."));
                responses.addApiResponse("401", problem("No token, or one that may not be used: expired, revoked, "
                        + "or its owner disabled."));
                if (path.contains("{id}")) {
                    responses.addApiResponse("404", problem("No such item, or one the token's owner may not see."));
                }
                responses.addApiResponse("429", problem("Over the rate limit.").addHeaderObject("Retry-After",
                        new Header().description("Seconds to wait before the next request.")
                                .schema(new IntegerSchema())));
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }
}
