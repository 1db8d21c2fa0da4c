package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PlatformsViewTest extends KaribuTest {

    @Autowired
    PlatformService platforms;

    @Autowired
    JurisdictionService jurisdictions;

    @Test
    void an_admin_creates_a_platform_through_the_form() {
        login("admin");
        PlatformsView view = open();
        String name = "Lemon8 " + UUID.randomUUID();
        Jurisdiction singapore = jurisdictions.findByCode("SG").orElseThrow();

        _click(view.add);
        _setValue(view.form.name, name);
        _setValue(view.form.aliases, "Lemon 8\n\n  Lemon-8  ");
        _setValue(view.form.operatorCompany, "ByteDance");
        _setValue(view.form.homeJurisdiction, singapore);
        _click(_get(view.form, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));

        Platform saved = platforms.findByName(name).orElseThrow();
        assertThat(saved.getAliases()).containsExactly("Lemon 8", "Lemon-8");
        assertThat(saved.getOperatorCompany()).isEqualTo("ByteDance");
        assertThat(saved.getHomeJurisdiction()).isEqualTo(singapore);
        assertThat(saved.getCreatedBy()).isEqualTo("admin");
        assertThat(view.form.isVisible()).isFalse();
    }

    @Test
    void a_duplicate_platform_name_gets_a_field_error_and_saves_nothing() {
        login("admin");
        PlatformsView view = open();
        long before = platforms.count("");

        _click(view.add);
        _setValue(view.form.name, "tiktok");
        _setValue(view.form.operatorCompany, "Someone else");
        _click(_get(view.form, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("A platform with this name exists already");
        assertThat(platforms.count("")).isEqualTo(before);
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void a_blank_name_is_refused_next_to_the_field() {
        login("admin");
        PlatformsView view = open();
        long before = platforms.count("");

        _click(view.add);
        _click(_get(view.form, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save")));

        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Enter a name");
        assertThat(platforms.count("")).isEqualTo(before);
    }

    @Test
    void the_search_finds_a_platform_by_its_alias() {
        login("viewer");
        PlatformsView view = open();
        _setValue(view.search, "rednote");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).getName()).isEqualTo("Xiaohongshu");
    }

    @Test
    void a_viewer_reads_platforms_but_cannot_edit_them() {
        login("viewer");
        PlatformsView view = open();
        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(5);
        assertThat(view.add.isVisible()).isFalse();
        view.grid.select(_get(view.grid, 0));
        assertThat(view.form.isVisible()).isFalse();
    }

    private static PlatformsView open() {
        UI.getCurrent().navigate(PlatformsView.class);
        return _get(PlatformsView.class);
    }
}
