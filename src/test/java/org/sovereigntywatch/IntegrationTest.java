package org.sovereigntywatch;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on an in-memory H2 with the demo data. Every test class that carries it shares one Spring
 * context, so keep test-specific configuration out of them. Tests commit like the application does; they create
 * their own records with unique names instead of relying on rollback.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
public @interface IntegrationTest {
}
