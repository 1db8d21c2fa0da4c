package org.sovereigntywatch.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real server at a random port, for what only real HTTP shows: response headers, cookies,
 * Tomcat's handling of forwards and proxies, the sign-in form's POST. Its classes share one context (and the test
 * profile's in-memory H2 with {@code IntegrationTest}); the sign-in throttle's state lives in it, so each test signs
 * in from its own client address and, where it fails sign-ins on purpose, as a user of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@interface ServerTest {
}
