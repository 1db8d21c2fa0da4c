package org.sovereigntywatch.report;

import org.sovereigntywatch.concern.ConcernCounts;
import org.sovereigntywatch.concern.ConcernService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.SecurityLog;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureCounts;
import org.sovereigntywatch.timeline.MeasureService;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and writes the CSV reports, over what the caller may see. The registers stream from the database through
 * the concern and event exports; the summaries merge three {@code GROUP BY} aggregates (measures by status, open
 * concerns by level, latest event) into one row per jurisdiction or platform.
 */
@Service
public class ReportService {

    private final ConcernService concerns;
    private final MeasureService measures;
    private final EventService events;
    private final PlatformService platforms;
    private final SecurityLog securityLog;

    ReportService(ConcernService concerns, MeasureService measures, EventService events, PlatformService platforms,
                  SecurityLog securityLog) {
        this.concerns = concerns;
        this.measures = measures;
        this.events = events;
        this.platforms = platforms;
        this.securityLog = securityLog;
    }

    /** How many rows the report has with this filter. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(Report report, ReportFilter filter) {
        return switch (report) {
            case CONCERNS -> concerns.count(filter.concerns());
            case EVENTS -> events.count(filter.events());
            case JURISDICTIONS, PLATFORMS -> summary(report, filter).size();
        };
    }

    /**
     * Writes the report as CSV, noted in the security log once: the register reports by the concern and event
     * exports they are, the summaries here.
     *
     * @return how many rows were written
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long write(Report report, ReportFilter filter, OutputStream out) throws IOException {
        return switch (report) {
            case CONCERNS -> concerns.exportCsv(filter.concerns(), Sort.by("id"), out);
            case EVENTS -> events.exportCsv(filter.events(), Sort.unsorted(), out);
            case JURISDICTIONS, PLATFORMS -> securityLog.export(report.logName(),
                    filter.inWords(platforms.namesOf(filter.platformIds())), () -> writeSummary(report, filter, out));
        };
    }

    /** A summary has a row per jurisdiction or platform at most: it is built in memory, then written. */
    private long writeSummary(Report report, ReportFilter filter, OutputStream out) throws IOException {
        try (var writer = SummaryRow.table(report == Report.JURISDICTIONS ? "jurisdiction" : "platform").open(out)) {
            summary(report, filter).forEach(writer::write);
            return writer.rows();
        }
    }

    /** The rows of a summary report, sorted by jurisdiction code or platform name. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<SummaryRow> summary(Report report, ReportFilter filter) {
        boolean byJurisdiction = report == Report.JURISDICTIONS;
        Map<String, SummaryRow> rows = new TreeMap<>();
        List<MeasureCounts.ByKeyAndStatus> measureCounts = byJurisdiction
                ? measures.countByJurisdictionAndStatus(filter.measures())
                : measures.countByPlatformAndStatus(filter.measures());
        measureCounts.forEach(count -> row(rows, count.key()).addMeasures(count.status(), count.count()));
        List<ConcernCounts.ByKeyAndScore> concernCounts = byJurisdiction
                ? concerns.countOpenByJurisdictionAndScore(filter.openConcernsNow())
                : concerns.countOpenByPlatformAndScore(filter.openConcernsNow());
        concernCounts.forEach(count -> row(rows, count.key()).addOpenConcerns(count.level(), count.count()));
        List<MeasureCounts.LatestEvent> latest = byJurisdiction
                ? events.latestHappenedByJurisdiction(filter.events())
                : events.latestHappenedByPlatform(filter.events());
        latest.forEach(event -> row(rows, event.key()).setLatestEvent(event.latest()));
        return List.copyOf(rows.values());
    }

    private static SummaryRow row(Map<String, SummaryRow> rows, String key) {
        return rows.computeIfAbsent(key, SummaryRow::new);
    }
}
