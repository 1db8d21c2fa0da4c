package org.sovereigntywatch.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Debian's Chromium driven by Debian's chromedriver: nothing is downloaded at run time (Selenium Manager is off through
 * {@code SE_OFFLINE=true}, and both paths are given). Headless unless {@code -Dbrowser.visible=true}; the flags are the
 * ones these machines need, whose network is closed: without them Chromium keeps calling Google's services.
 */
final class Chromium {

    static final Dimension LAPTOP = new Dimension(1366, 768);

    private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium version; the tests use only
     * WebDriver and raw DevTools commands, so the warning is noise. Held here so the setting is not collected.
     */
    private static final Logger SELENIUM_DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");
    private static final Logger SELENIUM_CHROMIUM = Logger.getLogger("org.openqa.selenium.chromium");

    static {
        SELENIUM_DEVTOOLS.setLevel(Level.SEVERE);
        SELENIUM_CHROMIUM.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    /** Where Chromium and its driver are, if both are installed. */
    static Optional<String> missing() {
        if (find(BINARIES).isEmpty()) {
            return Optional.of("no Chromium at " + String.join(" or ", BINARIES));
        }
        if (find(DRIVERS).isEmpty()) {
            return Optional.of("no chromedriver at " + String.join(" or ", DRIVERS));
        }
        return Optional.empty();
    }

    /** A new browser whose pages ask for {@code language} first and whose downloads land in {@code downloads}. */
    static ChromeDriver start(String language, Path downloads, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find(BINARIES).orElseThrow());
        if (!Boolean.getBoolean("browser.visible")) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        // The language through the preference, not --lang, which Chromium on Linux ignores.
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", language,
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(find(DRIVERS).orElseThrow()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(LAPTOP);
        return driver;
    }

    private static Optional<String> find(List<String> candidates) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }
}
