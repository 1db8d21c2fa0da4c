package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionsViewTest extends KaribuTest {

    @Autowired
    JurisdictionService jurisdictions;

    @Test
    void everyone_filters_jurisdictions_by_text_and_level() {
        login("viewer");
        JurisdictionsView view = open();
        _setValue(view.search, "nepal");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).getCode()).isEqualTo("NP");

        _setValue(view.search, "");
        _setValue(view.level, JurisdictionLevel.SUPRANATIONAL);
        assertThat(_get(view.grid, 0).getCode()).isEqualTo("EU");
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    void an_admin_adds_a_region_and_a_wrong_parent_is_shown_on_the_parent_field() {
        login("admin");
        JurisdictionsView view = open();

        _click(view.add);
        _setValue(view.form.code, "in-ka");
        _setValue(view.form.name, "Karnataka");
        _setValue(view.form.level, JurisdictionLevel.SUBNATIONAL);
        _setValue(view.form.parent, jurisdictions.findByCode("NP").orElseThrow());
        save(view);
        assertThat(view.form.parent.isInvalid()).isTrue();
        assertThat(jurisdictions.findByCode("IN-KA")).isEmpty();

        _setValue(view.form.parent, jurisdictions.findByCode("IN").orElseThrow());
        save(view);
        assertThat(jurisdictions.findByCode("IN-KA").orElseThrow().getName()).isEqualTo("Karnataka");
        assertThat(view.form.isVisible()).isFalse();
    }

    private static void save(JurisdictionsView view) {
        _click(_get(view.form, Button.class, spec -> spec.withText("Save")));
    }

    private static JurisdictionsView open() {
        UI.getCurrent().navigate(JurisdictionsView.class);
        return _get(JurisdictionsView.class);
    }
}
