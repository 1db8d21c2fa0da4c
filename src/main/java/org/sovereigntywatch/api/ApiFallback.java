package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What no endpoint answers: a {@code 404} problem for an address that names no endpoint, not the application's
 * "nothing here" page (Vaadin serves every address Spring MVC does not map), and a {@code 405} for any method but
 * GET, as the API only reads. The endpoints' own mappings are more specific, so they win wherever they match.
 */
@Hidden
@RestController
class ApiFallback {

    @RequestMapping(ApiPaths.V1 + "/**")
    void nothingHere(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of(HttpMethod.GET.name()));
        }
        throw new NotFoundException("No endpoint at this address: see /api/docs.");
    }
}
