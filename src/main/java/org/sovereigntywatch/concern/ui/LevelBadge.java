package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.html.Span;
import org.sovereigntywatch.concern.RiskLevel;

/** A risk level as a coloured label with the score: "High · 12". */
final class LevelBadge {

    private LevelBadge() {
    }

    static void update(Span badge, RiskLevel level, int score) {
        badge.setText(text(level, score));
        badge.getElement().setAttribute("class", classNames(level));
    }

    static String text(RiskLevel level, int score) {
        return level.label() + " · " + score;
    }

    static String classNames(RiskLevel level) {
        return "badge level-" + level.name().toLowerCase();
    }
}
