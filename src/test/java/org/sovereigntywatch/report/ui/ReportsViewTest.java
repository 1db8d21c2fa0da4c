package org.sovereigntywatch.report.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.report.Report;
import org.sovereigntywatch.report.ReportFilter;
import org.sovereigntywatch.report.ReportService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsViewTest extends KaribuTest {

    @Autowired PlatformService platforms;
    @Autowired ReportService reports;

    @Test
    void choosing_a_report_and_filters_shows_its_row_count_before_the_download() {
        login("viewer");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = _get(ReportsView.class);
        assertThat(view.download.getHref()).isNotBlank();

        _setValue(view.report, Report.PLATFORMS);
        _setValue(view.platforms, Set.of(platforms.findByName("WeChat").orElseThrow()));
        assertThat(view.rowCount.getText()).isEqualTo("1 row");
        assertThat(view.description.getText()).startsWith("One row per platform");

        _setValue(view.report, Report.EVENTS);
        _setValue(view.states, Set.of(PublicationState.PUBLISHED));
        long events = reports.count(Report.EVENTS, new ReportFilter(Set.of(),
                Set.of(platforms.findByName("WeChat").orElseThrow().getId()), null, null,
                Set.of(PublicationState.PUBLISHED)));
        assertThat(events).isPositive();
        assertThat(view.rowCount.getText()).isEqualTo(events + " rows");
    }
}
