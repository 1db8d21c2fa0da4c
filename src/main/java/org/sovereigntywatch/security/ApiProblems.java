package org.sovereigntywatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the API's refusals that come before any controller (no token, a refused one, too many requests) as RFC 9457
 * problem details, the shape of every other API error ({@code org.sovereigntywatch.api.ApiErrors}, as Spring writes
 * them): the status's {@code title} (no {@code type}, which means {@code about:blank}), a {@code detail} in words, the
 * {@code instance} (the request's path) and a stable {@code code} for scripts.
 */
@Component
class ApiProblems {

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
