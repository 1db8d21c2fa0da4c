package org.sovereigntywatch.report.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.report.Report;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The reports page keeps the chosen report and its filters in the address, written as they change, read on entry. */
class ReportsAddressTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;

    @Test
    void the_report_and_its_filters_are_written_to_the_address_and_read_back_from_it() {
        login("viewer");
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView page = _get(ReportsView.class);
        _setValue(page.report, Report.JURISDICTIONS);
        _setValue(page.jurisdictions, Set.of(jurisdictions.findByCode("US").orElseThrow(),
                jurisdictions.findByCode("CN").orElseThrow()));
        _setValue(page.from, LocalDate.of(2024, 1, 1));
        _setValue(page.states, Set.of(PublicationState.PUBLISHED));

        String address = lastAddressWritten();
        assertAddress(address, "reports", "report=JURISDICTIONS", "jurisdiction=CN", "jurisdiction=US",
                "from=2024-01-01", "state=PUBLISHED");

        UI.getCurrent().navigate("");
        navigate(address + "&to=not-a-date&platform=Nowhere");
        ReportsView reopened = _get(ReportsView.class);
        assertThat(reopened.report.getValue()).isEqualTo(Report.JURISDICTIONS);
        assertThat(reopened.jurisdictions.getValue()).extracting(Jurisdiction::getCode)
                .containsExactlyInAnyOrder("US", "CN");
        assertThat(reopened.from.getValue()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(reopened.to.getValue()).isNull();
        assertThat(reopened.platforms.getValue()).extracting(Platform::getName).isEmpty();
        assertThat(reopened.states.getValue()).containsExactly(PublicationState.PUBLISHED);
    }
}
