package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.Instrument;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The measure register keeps its filters in the address, written as they change and read when it is opened. */
class MeasuresAddressTest extends KaribuTest {

    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;

    @Test
    void the_measure_registers_filters_are_written_to_the_address_and_read_back_from_it() {
        login("analyst");
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView register = _get(MeasuresView.class);
        _setValue(register.filters.search, "ban");
        _setValue(register.filters.jurisdiction, jurisdictions.findByCode("IN").orElseThrow());
        _setValue(register.filters.platform, platforms.findByName("TikTok").orElseThrow());
        _setValue(register.filters.instrument, Instrument.NETWORK_BLOCK);
        _setValue(register.filters.state, PublicationState.PUBLISHED);
        _setValue(register.filters.status, EventAction.IN_FORCE);

        String address = lastAddressWritten();
        assertAddress(address, "measures", "q=ban", "jurisdiction=IN", "platform=TikTok", "instrument=NETWORK_BLOCK",
                "state=PUBLISHED", "status=IN_FORCE");

        UI.getCurrent().navigate("");
        navigate(address);
        MeasuresView reopened = _get(MeasuresView.class);
        assertThat(reopened.filters.search.getValue()).isEqualTo("ban");
        assertThat(reopened.filters.jurisdiction.getValue().getCode()).isEqualTo("IN");
        assertThat(reopened.filters.platform.getValue().getName()).isEqualTo("TikTok");
        assertThat(reopened.filters.instrument.getValue()).isEqualTo(Instrument.NETWORK_BLOCK);
        assertThat(reopened.filters.state.getValue()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(reopened.filters.status.getValue()).isEqualTo(EventAction.IN_FORCE);
    }

    @Test
    void a_link_built_with_the_registers_own_builder_opens_it_filtered_and_is_the_address_it_writes_itself() {
        login("analyst");
        String link = MeasuresView.link().text("ban").jurisdiction("IN").platform("TikTok")
                .instrument(Instrument.NETWORK_BLOCK).state(PublicationState.PUBLISHED)
                .currentStatus(EventAction.IN_FORCE).address();
        String[] filters = {"q=ban", "jurisdiction=IN", "platform=TikTok", "instrument=NETWORK_BLOCK",
                "state=PUBLISHED", "status=IN_FORCE"};
        assertAddress(link, "measures", filters);

        navigate(link);
        MeasuresView register = _get(MeasuresView.class);
        assertThat(register.filters.search.getValue()).isEqualTo("ban");
        assertThat(register.filters.jurisdiction.getValue().getCode()).isEqualTo("IN");
        assertThat(register.filters.platform.getValue().getName()).isEqualTo("TikTok");
        assertThat(register.filters.instrument.getValue()).isEqualTo(Instrument.NETWORK_BLOCK);
        assertThat(register.filters.state.getValue()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(register.filters.status.getValue()).isEqualTo(EventAction.IN_FORCE);
        assertAddress(lastAddressWritten(), "measures", filters);
    }
}
