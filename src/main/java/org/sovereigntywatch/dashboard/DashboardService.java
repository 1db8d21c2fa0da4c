package org.sovereigntywatch.dashboard;

import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.source.SourceService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures, each one {@code count(*)} in the database. */
@Service
public class DashboardService {

    private final JurisdictionService jurisdictions;
    private final PlatformService platforms;
    private final SourceService sources;

    DashboardService(JurisdictionService jurisdictions, PlatformService platforms, SourceService sources) {
        this.jurisdictions = jurisdictions;
        this.platforms = platforms;
        this.sources = sources;
    }

    /** How many of each kind of record exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Counts counts() {
        return new Counts(jurisdictions.count(JurisdictionFilter.ALL), platforms.count(""), sources.count(""));
    }

    public record Counts(long jurisdictions, long platforms, long sources) {
    }
}
