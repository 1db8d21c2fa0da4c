package org.sovereigntywatch.concern.ui;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.concern.RiskLevel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class LevelBadgeTest {

    @Test
    void every_level_has_its_colour_in_the_style_sheet() throws IOException {
        String styles;
        try (InputStream css = Objects.requireNonNull(getClass().getResourceAsStream("/META-INF/resources/styles.css"))) {
            styles = new String(css.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (RiskLevel level : RiskLevel.values()) {
            assertThat(styles).as(level + "'s colour").contains("." + LevelBadge.colourClass(level) + " {");
        }
        assertThat(LevelBadge.colourClass(RiskLevel.HIGH)).isEqualTo("level-high");
        assertThat(LevelBadge.text(RiskLevel.HIGH, 12)).isEqualTo("High · 12");
    }
}
