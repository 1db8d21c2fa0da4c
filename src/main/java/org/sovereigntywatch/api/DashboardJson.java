package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sovereigntywatch.concern.ConcernCounts;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.dashboard.DashboardService;

import java.util.List;
import java.util.Map;

/** The dashboard's figures as the API gives them: SQL aggregates over what the token's owner may see. */
@Schema(name = "Dashboard", description = "The landing page's figures, over what the token's owner may see.")
public record DashboardJson(
        @Schema(description = "Open concerns (treatment OPEN or MONITORING, not archived) by level, every level present.")
        Map<RiskLevel, Long> openConcernsByLevel,
        @Schema(description = "All open concerns.") long openConcerns,
        @Schema(description = "Open concerns whose next review is past.") long overdueReviews,
        @Schema(description = "Measures whose current status is IN_FORCE.") long measuresInForce,
        @Schema(description = "Steps expected within the next " + DashboardService.DUE_WITHIN_DAYS + " days.")
        long expectedSoon,
        @Schema(description = "Open concerns by jurisdiction (either side) and platform.") List<HeatCell> heatmap) {

    /** One cell of the heatmap. */
    @Schema(name = "HeatCell", description = "The open concerns of one jurisdiction on one platform.")
    public record HeatCell(
            @Schema(description = "Jurisdiction code: whose users, or whose law.") String jurisdiction,
            @Schema(description = "Platform name.") String platform,
            @Schema(description = "The highest score among them.") int maxScore,
            @Schema(description = "The level of that score.") RiskLevel level,
            @Schema(description = "How many open concerns.") long count) {

        static HeatCell of(ConcernCounts.HeatCell cell) {
            return new HeatCell(cell.jurisdiction(), cell.platform(), cell.maxScore(), RiskLevel.of(cell.maxScore()),
                    cell.count());
        }
    }

    static DashboardJson of(DashboardService.Dashboard dashboard) {
        return new DashboardJson(dashboard.openByLevel(), dashboard.openConcerns(), dashboard.overdueReviews(),
                dashboard.measuresInForce(), dashboard.expectedSoon(),
                dashboard.heatmap().stream().map(HeatCell::of).toList());
    }
}
