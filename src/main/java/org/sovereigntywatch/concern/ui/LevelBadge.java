package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.concern.RiskLevel;

import java.util.Locale;

/**
 * A risk level as a coloured label with the score: "High · 12" (« Élevé · 12 » in French) (a {@link Badge}). The one home of the levels' colour
 * classes ({@code level-high}, styled in styles.css), which the register, the concern page, the dashboard's figures
 * and the heatmap's cells all colour by.
 */
public final class LevelBadge {

    private LevelBadge() {
    }

    static void update(Badge badge, RiskLevel level, int score) {
        badge.show(text(level, score), colourClass(level));
    }

    /** A grid column showing each row's level and score as a badge. */
    static <T> LitRenderer<T> renderer(ValueProvider<T, RiskLevel> level, ValueProvider<T, Integer> score) {
        return Badge.renderer(row -> text(level.apply(row), score.apply(row)), row -> colourClass(level.apply(row)));
    }

    static String text(RiskLevel level, int score) {
        return Translations.label(level) + " · " + score;
    }

    /** The class that colours something by level, badge or not: {@code level-high}. */
    public static String colourClass(RiskLevel level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT);
    }
}
