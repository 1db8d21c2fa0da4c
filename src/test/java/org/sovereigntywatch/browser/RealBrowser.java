package org.sovereigntywatch.browser;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class whose tests drive the packaged application in Chromium: each test method takes a {@link Ui}. One
 * application and one browser serve the whole suite ({@link BrowserSuite}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserSuite.class)
@interface RealBrowser {
}
