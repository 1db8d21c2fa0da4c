package org.sovereigntywatch.concern;

/**
 * The rows of the concern aggregates the dashboard and the reports read: each a {@code GROUP BY} in SQL, never a list
 * of concerns counted in Java.
 */
public final class ConcernCounts {

    private ConcernCounts() {
    }

    /** How many concerns have this score, and how many of them are overdue for review. */
    public record ByScore(int score, long count, long overdue) {
        public RiskLevel level() {
            return RiskLevel.of(score);
        }
    }

    /** One cell of the jurisdiction × platform heatmap: the highest score among its concerns, and their number. */
    public record HeatCell(String jurisdiction, String platform, int maxScore, long count) {
        public RiskLevel level() {
            return RiskLevel.of(maxScore);
        }

        HeatCell plus(HeatCell other) {
            return new HeatCell(jurisdiction, platform, Math.max(maxScore, other.maxScore), count + other.count);
        }
    }

    /** How many concerns of a jurisdiction (either side) or a platform have this score. */
    public record ByKeyAndScore(String key, int score, long count) {
        public RiskLevel level() {
            return RiskLevel.of(score);
        }
    }
}
