package org.sovereigntywatch.concern;

import java.time.LocalDate;

/**
 * A concern's level, from its score (likelihood × impact, 1 to 25), and how soon a concern of that level is reviewed
 * again by default.
 */
public enum RiskLevel {
    LOW(1, 4, 365),
    MEDIUM(5, 9, 180),
    HIGH(10, 16, 90),
    CRITICAL(17, 25, 30);

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    private final int minScore;
    private final int maxScore;
    private final int reviewIntervalDays;

    RiskLevel(int minScore, int maxScore, int reviewIntervalDays) {
        this.minScore = minScore;
        this.maxScore = maxScore;
        this.reviewIntervalDays = reviewIntervalDays;
    }

    /** The level of a score: LOW up to 4, MEDIUM up to 9, HIGH up to 16, CRITICAL above. */
    public static RiskLevel of(int score) {
        for (RiskLevel level : values()) {
            if (score <= level.maxScore) {
                return level;
            }
        }
        return CRITICAL;
    }

    public static int score(int likelihood, int impact) {
        return likelihood * impact;
    }

    /** The lowest score of this level, for filtering in SQL. */
    public int minScore() {
        return minScore;
    }

    /** The highest score of this level, for filtering in SQL. */
    public int maxScore() {
        return maxScore;
    }

    /** The default next review of a concern of this level assessed on {@code day}. */
    public LocalDate nextReviewAfter(LocalDate day) {
        return day.plusDays(reviewIntervalDays);
    }
}
