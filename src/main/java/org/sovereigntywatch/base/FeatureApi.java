package org.sovereigntywatch.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class its feature offers to the other features besides its public services, records, enums and events: an
 * entity other aggregates refer to (a jurisdiction, a platform, a source, a user), the signed-in user, the editorial
 * workflow's building blocks. Everything else in a feature is its own business: {@code ArchitectureTest} refuses a
 * use of it from another feature, so that what features share is decided here, one class at a time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FeatureApi {
}
