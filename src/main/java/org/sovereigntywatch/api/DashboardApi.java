package org.sovereigntywatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.dashboard.DashboardService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The dashboard's figures, read. */
@Tag(name = "Dashboard", description = "The landing page's figures.")
@RestController
@RequestMapping(ApiPaths.V1)
class DashboardApi {

    private final DashboardService dashboards;

    DashboardApi(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Operation(summary = "The dashboard's figures", description = "Open concerns by level, reviews overdue, measures "
            + "in force, steps expected soon and the heatmap, counted over what the token's owner may see; now, or "
            + "as the record stood at `asOf`.")
    @GetMapping("/dashboard")
    DashboardJson dashboard(@Parameter(description = "The moment to count as of (ISO 8601, UTC); now if absent.")
                            @RequestParam(required = false) @Nullable Instant asOf) {
        return DashboardJson.of(dashboards.load(asOf));
    }
}
