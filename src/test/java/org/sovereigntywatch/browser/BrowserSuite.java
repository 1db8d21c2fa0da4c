package org.sovereigntywatch.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the application and Chromium once for all browser tests and stops both when the test run ends; gives each
 * test a {@link Ui} on a browser with no session, and keeps a screenshot and the page's HTML of every failed test under
 * {@code target/browser-tests/failures}.
 *
 * <p>Without Chromium the tests are skipped with a message, as the PostgreSQL tests are, except under {@code CI=true}:
 * there they must run, and so fail.
 */
final class BrowserSuite implements ExecutionCondition, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSuite.class);

    /** The application and the browser, shared by every test of the run. */
    record Shared(RunningApp app, ChromeDriver driver, Path output) implements AutoCloseable {

        static Shared start() throws IOException, InterruptedException {
            Path output = Files.createDirectories(Path.of(System.getProperty("browser.output", "target/browser-tests")));
            RunningApp app = RunningApp.start(output);
            try {
                return new Shared(app, startBrowser(output, "main", Ui.BRITISH), output);
            } catch (RuntimeException failed) {
                app.close();
                throw failed;
            }
        }

        ChromeDriver startBrowser(String name, String languages) throws IOException {
            return startBrowser(output, name, languages);
        }

        /** A browser asking for {@code languages} first, as {@code Accept-Language} ("en-GB,en"). */
        private static ChromeDriver startBrowser(Path output, String name, String languages) throws IOException {
            Path downloads = Files.createDirectories(output.resolve("downloads-" + name));
            Path profile = Files.createTempDirectory("chromium-" + name + "-");
            return Chromium.start(languages, downloads, profile);
        }

        Path downloads(String name) {
            return output.resolve("downloads-" + name);
        }

        @Override
        public void close() throws InterruptedException {
            try {
                driver.quit();
            } finally {
                app.close();
            }
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Chromium.missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but the browser tests cannot run: " + missing.get()
                    + ". Install Debian's chromium and chromium-driver (.ci/run does).");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing.get()
                + ". Install Debian's chromium and chromium-driver, or run under CI=true to make this a failure.");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Ui.class;
    }

    @Override
    public Ui resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = shared(context);
        Ui ui = new Ui(shared, shared.driver(), "main");
        ui.reset();
        context.getStore(NAMESPACE).put(Ui.class, ui);
        return ui;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        Ui ui = context.getStore(NAMESPACE).get(Ui.class, Ui.class);
        if (ui != null && context.getExecutionException().isPresent()) {
            Path folder = Files.createDirectories(shared(context).output().resolve("failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            ui.keepEvidence(folder, name);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Ui ui = context.getStore(NAMESPACE).remove(Ui.class, Ui.class);
        if (ui != null) {
            ui.closeOtherBrowsers();
        }
    }

    /**
     * The shared application and browser, started by the first test that needs them. A failed start is kept too, so
     * that every later test fails at once with its cause instead of waiting minutes for a start that cannot work.
     */
    private static Shared shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Startup.class, key -> Startup.attempt(),
                Startup.class).shared();
    }

    private record Startup(Shared started, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(Shared.start(), null);
            } catch (IOException | RuntimeException e) {
                return new Startup(null, new IllegalStateException("Could not start the browser tests: " + e.getMessage(), e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Startup(null, new IllegalStateException("Interrupted while starting the application", e));
            }
        }

        Shared shared() {
            if (failure != null) {
                throw failure;
            }
            return started;
        }

        @Override
        public void close() throws InterruptedException {
            if (started != null) {
                started.close();
            }
        }
    }
}
