package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import org.sovereigntywatch.base.ui.Badge;
import org.sovereigntywatch.concern.RiskLevel;

/** A risk level as a coloured label with the score: "High · 12" (a {@link Badge}). */
final class LevelBadge {

    private LevelBadge() {
    }

    static void update(Badge badge, RiskLevel level, int score) {
        badge.show(text(level, score), variant(level));
    }

    /** A grid column showing each row's level and score as a badge. */
    static <T> LitRenderer<T> renderer(ValueProvider<T, RiskLevel> level, ValueProvider<T, Integer> score) {
        return Badge.renderer(row -> text(level.apply(row), score.apply(row)), row -> variant(level.apply(row)));
    }

    static String text(RiskLevel level, int score) {
        return level.label() + " · " + score;
    }

    /** The class that gives a level's badge its colour in styles.css: {@code level-high}. */
    static String variant(RiskLevel level) {
        return "level-" + level.name().toLowerCase();
    }
}
