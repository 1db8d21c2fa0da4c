package org.sovereigntywatch.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description, which springdoc completes from the controllers' annotations and serves at
 * {@code /api/docs/openapi.json}, with a browsable page at {@code /api/docs}: here only what no controller says,
 * the title and that every endpoint takes a personal access token.
 */
@Configuration
class OpenApiConfig {

    static final String TOKEN = "token";

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
}
