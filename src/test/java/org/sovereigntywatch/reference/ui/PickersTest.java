package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every picker of jurisdictions or platforms offers what the service finds for the words typed, and as many. */
class PickersTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;

    @Test
    void the_jurisdiction_pickers_find_by_name_and_show_code_and_name() {
        login("viewer");
        JurisdictionPicker one = new JurisdictionPicker("Jurisdiction", jurisdictions);
        JurisdictionMultiPicker several = new JurisdictionMultiPicker("Jurisdictions", jurisdictions);

        assertThat(offered(one, "nepal")).extracting(Jurisdiction::getCode).containsExactly("NP");
        assertThat(offered(several, "nepal")).extracting(Jurisdiction::getCode).containsExactly("NP");
        assertThat(several.getItemLabelGenerator().apply(offered(several, "nepal").getFirst()))
                .isEqualTo("NP — Nepal");
        assertThat(count(several, "nepal")).isEqualTo(1);
    }

    @Test
    void a_picker_of_one_level_or_of_some_codes_offers_only_those() {
        login("viewer");
        JurisdictionPicker countries = new JurisdictionPicker("Parent country", jurisdictions,
                JurisdictionLevel.NATIONAL);
        assertThat(offered(countries, "")).extracting(Jurisdiction::getLevel).containsOnly(JurisdictionLevel.NATIONAL);

        countries.offerOnly(Set.of("IN", "NP"));
        assertThat(offered(countries, "")).extracting(Jurisdiction::getCode).containsExactlyInAnyOrder("IN", "NP");
        assertThat(count(countries, "")).isEqualTo(2);
    }

    @Test
    void the_codes_picker_offers_codes() {
        login("admin");
        assertThat(offered(new JurisdictionCodesPicker("Jurisdictions covered", jurisdictions), "nepal"))
                .containsExactly("NP");
    }

    @Test
    void the_platform_pickers_find_a_platform_by_another_name() {
        login("viewer");
        assertThat(offered(new PlatformPicker("Platform", platforms), "rednote")).extracting(Platform::getName)
                .containsExactly("Xiaohongshu");
        PlatformMultiPicker several = new PlatformMultiPicker("Platforms", platforms);
        assertThat(offered(several, "rednote")).extracting(Platform::getName).containsExactly("Xiaohongshu");
        assertThat(count(several, "rednote")).isEqualTo(1);
    }

    private static <T> List<T> offered(ComboBoxBase<?, T, ?> picker, String typed) {
        return dataProvider(picker).fetch(new Query<>(0, 50, List.of(), null, typed)).toList();
    }

    private static <T> int count(ComboBoxBase<?, T, ?> picker, String typed) {
        return dataProvider(picker).size(new Query<>(0, 50, List.of(), null, typed));
    }

    @SuppressWarnings("unchecked")
    private static <T> DataProvider<T, String> dataProvider(ComboBoxBase<?, T, ?> picker) {
        return (DataProvider<T, String>) picker.getDataProvider();
    }
}
