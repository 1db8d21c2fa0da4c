package org.sovereigntywatch.concern.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The concern register keeps its filters in the address: a filter changed on screen replaces the address (so a
 * reload or a shared link shows the same rows), and that address, opened afresh, sets the same filters.
 */
class ConcernsAddressTest extends KaribuTest {

    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;

    @BeforeEach
    void signIn() {
        login("analyst");
    }

    @Test
    void the_concern_registers_filters_are_written_to_the_address_and_read_back_from_it() {
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.search, "oracle");
        _setValue(register.filters.platform, platforms.findByName("TikTok").orElseThrow());
        _setValue(register.filters.jurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(register.filters.category, ConcernCategory.STATE_ACCESS);
        _setValue(register.filters.level, RiskLevel.HIGH);
        _setValue(register.filters.state, PublicationState.PUBLISHED);
        _setValue(register.filters.overdue, true);

        String address = lastAddressWritten();
        assertAddress(address, "concerns", "q=oracle", "platform=TikTok", "jurisdiction=US", "category=STATE_ACCESS",
                "level=HIGH", "state=PUBLISHED", "overdue=true");

        UI.getCurrent().navigate("");
        navigate(address);
        ConcernsView reopened = _get(ConcernsView.class);
        assertThat(reopened).isNotSameAs(register);
        assertThat(reopened.filters.search.getValue()).isEqualTo("oracle");
        assertThat(reopened.filters.platform.getValue().getName()).isEqualTo("TikTok");
        assertThat(reopened.filters.jurisdiction.getValue().getCode()).isEqualTo("US");
        assertThat(reopened.filters.category.getValue()).isEqualTo(ConcernCategory.STATE_ACCESS);
        assertThat(reopened.filters.level.getValue()).isEqualTo(RiskLevel.HIGH);
        assertThat(reopened.filters.state.getValue()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(reopened.filters.overdue.getValue()).isTrue();
        assertThat(reopened.filters.open.getValue()).isFalse();
    }

    @Test
    void a_link_built_with_the_registers_own_builder_opens_it_filtered_and_is_the_address_it_writes_itself() {
        String link = ConcernsView.link().text(" oracle ").platform("TikTok").jurisdiction("US")
                .category(ConcernCategory.STATE_ACCESS).level(RiskLevel.HIGH).state(PublicationState.PUBLISHED)
                .overdueOnly().openOnly().address();
        String[] filters = {"q=oracle", "platform=TikTok", "jurisdiction=US", "category=STATE_ACCESS", "level=HIGH",
                "state=PUBLISHED", "overdue=true", "open=true"};
        assertAddress(link, "concerns", filters);

        navigate(link);
        ConcernsView register = _get(ConcernsView.class);
        assertThat(register.filters.search.getValue()).isEqualTo("oracle");
        assertThat(register.filters.platform.getValue().getName()).isEqualTo("TikTok");
        assertThat(register.filters.jurisdiction.getValue().getCode()).isEqualTo("US");
        assertThat(register.filters.category.getValue()).isEqualTo(ConcernCategory.STATE_ACCESS);
        assertThat(register.filters.level.getValue()).isEqualTo(RiskLevel.HIGH);
        assertThat(register.filters.state.getValue()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(register.filters.overdue.getValue()).isTrue();
        assertThat(register.filters.open.getValue()).isTrue();
        assertAddress(lastAddressWritten(), "concerns", filters);
    }

    @Test
    void clearing_a_filter_takes_it_out_of_the_address_and_unknown_values_are_left_unset() {
        navigate("concerns?level=extreme&platform=Nowhere&state=published");
        ConcernsView register = _get(ConcernsView.class);
        assertThat(register.filters.level.getValue()).isNull();
        assertThat(register.filters.platform.getValue()).isNull();
        assertThat(register.filters.state.getValue()).isEqualTo(PublicationState.PUBLISHED);
        assertAddress(lastAddressWritten(), "concerns", "state=PUBLISHED");

        _setValue(register.filters.state, null);
        assertAddress(lastAddressWritten(), "concerns");
    }

    @Test
    void an_address_with_many_filters_reads_the_register_once_as_one_with_a_single_filter_does() {
        statementsToOpen("concerns?jurisdiction=US"); // looks the jurisdiction up once, for good
        long oneFilter = statementsToOpen("concerns?jurisdiction=US");
        long manyFilters = statementsToOpen(
                "concerns?jurisdiction=US&level=HIGH&category=STATE_ACCESS&open=true&q=data");
        assertThat(manyFilters).isEqualTo(oneFilter);
    }

    @Test
    void the_grid_and_the_bulk_bar_share_one_count() {
        statementsToOpen("concerns?jurisdiction=US");
        assertThat(queriesToOpen("concerns?jurisdiction=IN&level=HIGH", query -> query.startsWith("select count(")))
                .isEqualTo(1);
    }
}
