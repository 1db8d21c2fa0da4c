package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.Texts;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserTest {

    private static final String LINUX_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Test
    void common_browsers_are_named_with_their_version_and_system() {
        assertThat(english("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70")).isEqualTo("Edge 131 on Windows");
        assertThat(english("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox 133 on macOS");
        assertThat(english("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari 18 on iOS");
        assertThat(english("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.6778.81 Mobile Safari/537.36")).isEqualTo("Chrome 131 on Android");
    }

    @Test
    void an_unknown_or_missing_agent_says_so() {
        assertThat(english(null)).isEqualTo("Unknown browser");
        assertThat(english("curl/8.5.0")).isEqualTo("Unknown browser");
    }

    @Test
    void a_french_reader_reads_the_words_in_french_and_the_names_as_they_are() {
        assertThat(Texts.format(Locale.FRANCE, Browser.describe(LINUX_FIREFOX))).isEqualTo("Firefox 133 sous Linux");
        assertThat(Texts.format(Locale.FRANCE, Browser.describe("curl/8.5.0"))).isEqualTo("Navigateur inconnu");
        assertThat(Texts.format(Locale.FRANCE, Browser.describe("Mozilla/5.0 (X11; Linux x86_64) Lynx")))
                .isEqualTo("Navigateur inconnu sous Linux");
        assertThat(english("Mozilla/5.0 (compat) Firefox/133.0")).isEqualTo("Firefox 133");
    }

    private static String english(String userAgent) {
        return Texts.format(Locale.UK, Browser.describe(userAgent));
    }
}
