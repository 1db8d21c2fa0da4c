package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API address that names no endpoint gets the API's {@code 404} problem, not the application's "nothing here"
 * page, which Vaadin would otherwise answer with (it serves every address Spring MVC does not map).
 */
@Hidden
@RestController
class ApiFallback {

    @RequestMapping(ApiPaths.V1 + "/**")
    void nothingHere() {
        throw new NotFoundException("No endpoint at this address: see /api/docs.");
    }
}
