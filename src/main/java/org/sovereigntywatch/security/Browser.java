package org.sovereigntywatch.security;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Text;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a browser and system from a User-Agent header, well enough for someone to recognise their own session
 * ("Firefox 133 on Windows"). Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
 */
final class Browser {

    private static final List<Map.Entry<String, Pattern>> BROWSERS = List.of(
            Map.entry("Edge", Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)")),
            Map.entry("Opera", Pattern.compile("OPR/(\\d+)")),
            Map.entry("Firefox", Pattern.compile("(?:Firefox|FxiOS)/(\\d+)")),
            Map.entry("Chrome", Pattern.compile("(?:Chrome|CriOS)/(\\d+)")),
            Map.entry("Safari", Pattern.compile("Version/(\\d+)[.\\d]* .*Safari/")));

    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"), Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private Browser() {
    }

    /** "Firefox 133 on Windows", "Unknown browser on Linux": names and versions as they are, the words translated. */
    static Text describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Text("security.browser.unknown");
        }
        Text browser = BROWSERS.stream().map(entry -> {
            Matcher matcher = entry.getValue().matcher(userAgent);
            return matcher.find() ? entry.getKey() + " " + matcher.group(1) : null;
        }).filter(name -> name != null).findFirst().map(name -> new Text("security.browser.name", name))
                .orElseGet(() -> new Text("security.browser.unknown"));
        return SYSTEMS.stream().filter(system -> userAgent.contains(system.getKey())).findFirst()
                .map(system -> new Text("security.browser.on-system", browser, system.getValue())).orElse(browser);
    }
}
