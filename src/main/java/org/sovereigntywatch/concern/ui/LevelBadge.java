package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.html.Span;
import org.sovereigntywatch.concern.RiskLevel;

import java.util.Locale;

/**
 * A risk level as a coloured label with the score: "High · 12". The one home of the levels' colour classes
 * ({@code level-high}, styled in styles.css), which the register, the concern page, the dashboard's figures and the
 * heatmap's cells all colour by.
 */
public final class LevelBadge {

    private LevelBadge() {
    }

    static void update(Span badge, RiskLevel level, int score) {
        badge.setText(text(level, score));
        badge.getElement().setAttribute("class", classNames(level));
    }

    static String text(RiskLevel level, int score) {
        return level.label() + " · " + score;
    }

    /** The badge's classes: {@code badge level-high}. */
    public static String classNames(RiskLevel level) {
        return "badge " + colourClass(level);
    }

    /** The class that colours something by level, badge or not: {@code level-high}. */
    public static String colourClass(RiskLevel level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT);
    }
}
