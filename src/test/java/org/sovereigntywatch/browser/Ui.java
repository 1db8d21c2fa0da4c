package org.sovereigntywatch.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One browser window on the application, seen as a person sees it: pages, fields by their label, buttons by their
 * text, the grid's rows, notifications. Every action waits until Vaadin has no request pending (the client's own
 * state, as TestBench reads it), never for a fixed time.
 */
final class Ui {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    /**
     * True once the page's Vaadin client has started (a page of the app loads Vaadin's bundle, which registers it,
     * possibly after the document itself is complete) and is idle: no request in flight, none queued.
     */
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            const vaadinPage = document.querySelector('script[src*="VAADIN/build/"]') !== null;
            const flow = window.Vaadin && window.Vaadin.Flow;
            const clients = flow && flow.clients ? Object.values(flow.clients) : [];
            if (vaadinPage && clients.length === 0) { return false; }
            return clients.every(client => !client.isActive || !client.isActive());
            """;

    private final BrowserSuite.Shared shared;
    private final ChromeDriver driver;
    /** The languages the browser tests' browsers ask for, unless a test asks for others. */
    static final String BRITISH = "en-GB,en";

    private final String name;
    private final List<Ui> others = new java.util.ArrayList<>();

    Ui(BrowserSuite.Shared shared, ChromeDriver driver, String name) {
        this.shared = shared;
        this.driver = driver;
        this.name = name;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the application by its path ("", "concerns", "measures/12"). */
    Ui open(String path) {
        driver.get(shared.app().url(path));
        return idle();
    }

    /** The full address of a path of the application, for what a script (not the browser) asks of it. */
    String url(String path) {
        return shared.app().url(path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url == null ? "" : url.replaceFirst("^https?://[^/]+/?", "").replaceFirst("[?#].*$", "");
    }

    /** Waits until the page has loaded and Vaadin has answered everything sent. */
    Ui idle() {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
        return this;
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The text a person reads on the page, overlays included. */
    String text() {
        idle();
        return String.valueOf(script(Dom.VISIBLE_TEXT));
    }

    /** Starts over as nobody: no cookies, so no session, and the window at laptop size. */
    void reset() {
        if (!driver.getWindowHandles().isEmpty()) {
            driver.get(shared.app().url("login"));
        }
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(Chromium.LAPTOP);
    }

    /** Signs in with a demo user's password (its username followed by "-password"). */
    Ui signIn(String username) {
        return signIn(username, username + "-password");
    }

    /** Fills in the sign-in form and sends it; the page it lands on may be the dashboard or a message. */
    Ui signIn(String username, String password) {
        open("login");
        WebElement name = driver.findElement(By.cssSelector("vaadin-login-form input[name=username]"));
        name.sendKeys(username);
        String form = driver.getCurrentUrl();
        // Enter sends the form in whichever language its button is labelled.
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
        // The form posts to the server, which answers with a redirect: to the app, a sign-in step, or back here
        // with a reason in the query. Until the address changes, the old page still looks idle.
        waitFor("the answer to signing in", () -> !form.equals(driver.getCurrentUrl()));
        return idle();
    }

    Ui signOut() {
        return click("Sign out");
    }

    /** Chooses {@code option} in the language choice of the header; the page then reloads in that language. */
    Ui chooseLanguage(String option) {
        idle();
        WebElement choice = waitFor("the language choice",
                () -> script("return document.querySelector('vaadin-select.app-language')"));
        click(choice, "the language choice");
        idle();
        WebElement item = waitFor("option '" + option + "' of the language choice", () -> script(Dom.OPTION, option));
        // No waiting for Vaadin here: the page reloads (waitForMenuEntry waits for the new one).
        item.click();
        return this;
    }

    /** Waits until the side navigation, read again as the page reloads, holds {@code entry}. */
    Ui waitForMenuEntry(String entry) {
        waitFor("the menu entry '" + entry + "'", () -> {
            try {
                return menu().contains(entry);
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
        return this;
    }

    /** The side navigation's entries, top to bottom. */
    List<String> menu() {
        idle();
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) script(Dom.MENU);
        return items;
    }

    /** Presses the visible button (or tab, or menu entry, or link) a person would call {@code text}. */
    Ui click(String text) {
        WebElement button = waitFor("a button or link '" + text + "'", () -> script(Dom.BUTTON, text));
        return click(button, "'" + text + "'");
    }

    /**
     * Scrolls {@code element} into the middle of its scroller (the app layout scrolls inside itself, where Selenium's
     * own scrolling does not reach) and clicks it, waiting while something passing covers it (a closing overlay, a
     * notification sliding in).
     */
    Ui click(WebElement element, String what) {
        waitFor("nothing covering " + what, () -> {
            script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
        return idle();
    }

    /** The visible field labelled {@code label} (the last one, so a dialog's before the page's). */
    Field field(String label) {
        return new Field(this, waitFor("a field labelled '" + label + "'", () -> script(Dom.FIELD_BY_LABEL, label)), label);
    }

    /** The first visible grid on the page. */
    GridElement grid() {
        return grid(0);
    }

    GridElement grid(int index) {
        WebElement grid = waitFor("a grid", () -> {
            List<?> grids = (List<?>) script(Dom.GRIDS);
            return grids.size() > index ? grids.get(index) : null;
        });
        return new GridElement(this, grid);
    }

    /** The notifications showing now. */
    List<String> notifications() {
        idle();
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) script(Dom.NOTIFICATIONS);
        return texts;
    }

    /** Waits until the page shows {@code expected} somewhere, and returns the page's text. */
    String waitForText(String expected) {
        idle();
        waitFor("the text '" + expected + "'", () -> text().contains(expected) ? Boolean.TRUE : null);
        return text();
    }

    /** Waits until {@code probe} finds something (not null, not false); fails saying what was awaited and what showed. */
    @SuppressWarnings("unchecked")
    <T> T waitFor(String what, java.util.function.Supplier<Object> probe) {
        try {
            return (T) new WebDriverWait(driver, PATIENCE).until(d -> {
                Object found = probe.get();
                return Boolean.FALSE.equals(found) ? null : found;
            });
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + " on /" + path()
                    + "; the page showed: " + abbreviate(text()), timeout);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + " …";
    }

    /** A second browser, with a session of its own, closed after the test. */
    Ui anotherBrowser() {
        return anotherBrowser(BRITISH);
    }

    /** A second browser asking for {@code languages} ("fr-FR,fr"), with a session of its own, closed after the test. */
    Ui anotherBrowser(String languages) {
        try {
            Ui other = new Ui(shared, shared.startBrowser("other-" + others.size(), languages), "other-" + others.size());
            others.add(other);
            return other;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a second browser", e);
        }
    }

    /** Sends {@code name: value} with every request of this browser from now on (Chrome DevTools protocol). */
    Ui withHeader(String name, String value) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of(name, value)));
        return this;
    }

    void closeOtherBrowsers() {
        others.forEach(other -> other.driver.quit());
        others.clear();
    }

    /** Saves what the browser showed and the page's HTML, for the person reading a failed build. */
    void keepEvidence(Path folder, String testName) throws IOException {
        try {
            Files.write(folder.resolve(testName + "-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(testName + "-" + name + ".html"),
                    String.valueOf(script("return document.documentElement.outerHTML")));
        } catch (RuntimeException browserGone) {
            Files.writeString(folder.resolve(testName + "-" + name + ".txt"), "No evidence: " + browserGone);
        }
        for (Ui other : others) {
            other.keepEvidence(folder, testName);
        }
    }

    /** The elements of the page's light DOM matching {@code css}. */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The folder where this browser's downloads land (Chromium's {@code download.default_directory}). */
    Path downloads() {
        return shared.downloads(name);
    }

    /**
     * Gives the page a viewport of {@code width} × {@code height} CSS pixels, whatever the window's frame takes (none
     * when headless, some when visible); {@link #reset} brings back the laptop size. Call it before opening a page: it
     * does not wait for the page, whose session {@link #reset} may have ended.
     */
    Ui resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) script("return [window.innerWidth, window.innerHeight]");
        int frameWidth = width - inner.get(0).intValue();
        int frameHeight = height - inner.get(1).intValue();
        if (frameWidth != 0 || frameHeight != 0) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + frameWidth, height + frameHeight));
        }
        return this;
    }
}
