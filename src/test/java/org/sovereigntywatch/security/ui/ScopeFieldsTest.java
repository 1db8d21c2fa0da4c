package org.sovereigntywatch.security.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.ui.JurisdictionPicker;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field that decides an item's scope offers the jurisdictions the user covers, their subdivisions included (the
 * demo data holds Montana, US-MT).
 */
class ScopeFieldsTest extends KaribuTest {

    @Test
    void an_analysts_scope_fields_offer_what_they_cover_with_its_subdivisions_and_nothing_else() {
        login("analyst");
        for (String[] routeAndLabel : new String[][]{{"measures/new", "Jurisdiction"}, {"concerns/new", "Whose users’ data"}}) {
            UI.getCurrent().navigate(routeAndLabel[0]);
            JurisdictionPicker scope = _get(JurisdictionPicker.class, spec -> spec.withLabel(routeAndLabel[1]));
            assertThat(scope.getHelperText()).contains("You cover CA, EU, IN, NP, US and their subdivisions");
            assertThat(getSuggestionItems(scope)).extracting(Jurisdiction::getCode)
                    .contains("US", "US-MT", "CA", "EU").doesNotContain("CN", "FR");
            setUserInput(scope, "china");
            assertThat(getSuggestionItems(scope)).isEmpty();
        }
    }

    @Test
    void a_reviewer_covering_everything_is_offered_every_jurisdiction() {
        login("reviewer");
        UI.getCurrent().navigate("measures/new");
        JurisdictionPicker scope = _get(JurisdictionPicker.class, spec -> spec.withLabel("Jurisdiction"));
        setUserInput(scope, "china");
        assertThat(getSuggestionItems(scope)).extracting(Jurisdiction::getCode).contains("CN");
    }
}
