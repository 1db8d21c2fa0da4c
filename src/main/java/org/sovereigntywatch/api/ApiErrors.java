package org.sovereigntywatch.api;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every error of the API's controllers as RFC 9457 problem details: the status's {@code title} (no {@code type}, which
 * means {@code about:blank}), a {@code detail} in words, the {@code instance}, a stable {@code code} for scripts and,
 * for a bad parameter, the {@code parameter}. The refusals that come before any controller (no token, a refused one, too many requests) have the
 * same shape, written by the security feature. Nothing internal leaks: an unexpected failure is logged here and
 * answered with its status alone.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException refusal) {
        return badRequest(refusal.parameter(), refusal.getMessage());
    }

    /**
     * A value of the wrong type: a word where a number goes, an unknown state, a date that is not one. For a
     * parameter that takes several values, what each value must be.
     */
    @ExceptionHandler
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        return wrongType(mismatch.getName(), ResolvableType.forMethodParameter(mismatch.getParameter()),
                mismatch.getValue());
    }

    /** The same, for a parameter of a record that holds a list's filters ({@code ConcernParameters}). */
    @ExceptionHandler
    ProblemDetail mismatch(MethodArgumentNotValidException invalid) {
        FieldError error = invalid.getBindingResult().getFieldError();
        if (error == null) {
            return badRequest("", "The request's parameters are not valid.");
        }
        ResolvableType type = Arrays.stream(invalid.getParameter().getParameterType().getRecordComponents())
                .filter(component -> component.getName().equals(error.getField())).findFirst()
                .map(component -> ResolvableType.forType(component.getGenericType())).orElse(ResolvableType.NONE);
        return wrongType(error.getField(), type, error.getRejectedValue());
    }

    private static ProblemDetail wrongType(String parameter, ResolvableType type, @Nullable Object value) {
        Class<?> each = type.asCollection() == ResolvableType.NONE ? type.resolve() : type.asCollection().resolveGeneric();
        return badRequest(parameter, parameter + " must be " + expected(each) + "; not “" + value + "”.");
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "an instant in ISO 8601, such as 2026-12-01T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a day in ISO 8601, such as 2026-12-01";
        }
        return Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type)) ? "a whole number"
                : "a " + type.getSimpleName();
    }

    /** A query string that is not percent-encoded UTF-8 ({@code q=%FF}): Tomcat cannot read its parameters at all. */
    @ExceptionHandler
    ProblemDetail unreadable(InvalidParameterException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter",
                "The query string cannot be read: each value must be UTF-8, percent-encoded (%C3%A9 for é).");
    }

    /** A client that takes no JSON: the API writes nothing else (its problems are JSON too). */
    @ExceptionHandler
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException refusal) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "The API answers in JSON (and NDJSON for its bulk pulls): accept application/json.");
    }

    @ExceptionHandler
    ProblemDetail missing(MissingServletRequestParameterException missing) {
        return badRequest(missing.getParameterName(), missing.getParameterName() + " is required.");
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "not-found", notFound.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException refusal) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET)
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "The API only reads: use GET."));
    }

    /** A service's refusal: the token's owner may not read this (its words are the screens', not a script's). */
    @ExceptionHandler
    ProblemDetail refused(AccessDeniedException refusal) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "The token's owner may not read this.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception failure) {
        log.error("API request failed", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The server failed to answer; the failure is in its log.");
    }

    private static ProblemDetail badRequest(String parameter, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-parameter", detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
