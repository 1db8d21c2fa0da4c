package org.sovereigntywatch.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.reference.Jurisdiction;
import org.sovereigntywatch.reference.JurisdictionLevel;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.Platform;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The reference data's pages, forms and pickers for a reader whose browser prefers French. */
class ReferenceInFrenchTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;

    @Test
    void a_french_viewer_reads_the_jurisdictions_in_french_with_germany_as_allemagne() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        JurisdictionsView view = openJurisdictions();
        assertThat(view.grid.getColumns().get(1).getHeaderText()).isEqualTo("Nom");

        _setValue(view.search, "allem");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).getCode()).isEqualTo("DE");
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("DE", "Allemagne", "National", "").last().asString()
                .contains("Historique de « DE — Allemagne »");
        _setValue(view.search, "germ");
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("DE", "Allemagne");
        _setValue(view.search, "");
        _setValue(view.level, JurisdictionLevel.SUPRANATIONAL);
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("EU", "Union européenne", "Supranational");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_admin_reads_the_jurisdiction_form_in_french_and_its_refusals_too() {
        login("admin");
        browserPrefers(Locale.FRANCE);
        JurisdictionsView view = openJurisdictions();
        _click(view.add);
        assertThat(view.form.parent.getLabel()).isEqualTo("Pays de rattachement");

        _setValue(view.form.code, "DE-QQ");
        _setValue(view.form.name, "Quelque part");
        _setValue(view.form.level, JurisdictionLevel.NATIONAL);
        _click(saveButton(view.form));
        assertThat(view.form.code.isInvalid()).isTrue();
        assertThat(view.form.code.getErrorMessage())
                .isEqualTo("Un code national est un code ISO 3166-1 alpha-2, comme US");

        _setValue(view.form.name, "");
        _click(saveButton(view.form));
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Saisissez un nom");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_admin_reads_the_platforms_and_the_platform_form_in_french() {
        login("admin");
        browserPrefers(Locale.FRANCE);
        PlatformsView view = openPlatforms();
        assertThat(view.grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Nom", "Autres noms", "Opérateur", "Origine", "Historique");

        _setValue(view.search, "Petit Livre Rouge");
        assertThat(_size(view.grid)).isEqualTo(1);
        Platform rednote = _get(view.grid, 0);
        assertThat(rednote.getName()).isEqualTo("Xiaohongshu");
        view.grid.select(rednote);
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.homeJurisdiction.getItemLabelGenerator().apply(rednote.getHomeJurisdiction()))
                .isEqualTo("CN — Chine");

        _setValue(view.form.name, "tiktok");
        _click(saveButton(view.form));
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Une plateforme porte déjà ce nom");
        _setValue(view.form.aliases, "x".repeat(Platform.NAME_MAX + 1));
        _setValue(view.form.name, "Xiaohongshu");
        _click(saveButton(view.form));
        assertThat(view.form.aliases.getErrorMessage()).isEqualTo("Un alias compte au plus 100 caractères");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_user_finds_a_country_in_a_picker_by_its_french_or_english_name_and_reads_it_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        JurisdictionPicker one = new JurisdictionPicker("Juridiction", jurisdictions);
        JurisdictionMultiPicker several = new JurisdictionMultiPicker("Juridictions", jurisdictions);
        UI.getCurrent().add(one, several);

        for (String typed : List.of("allem", "Allemagne", "germ")) {
            assertThat(offered(one, typed)).as(typed).extracting(Jurisdiction::getCode).containsExactly("DE");
            assertThat(offered(several, typed)).as(typed).extracting(Jurisdiction::getCode).containsExactly("DE");
            assertThat(count(several, typed)).as(typed).isEqualTo(1);
        }
        assertThat(one.getItemLabelGenerator().apply(offered(one, "allem").getFirst())).isEqualTo("DE — Allemagne");
        assertThat(several.getItemLabelGenerator().apply(offered(several, "germ").getFirst()))
                .isEqualTo("DE — Allemagne");
        assertThat(offered(new JurisdictionCodesPicker("Juridictions couvertes", jurisdictions), "allem"))
                .containsExactly("DE");
        // A region keeps its stored name.
        assertThat(offered(one, "montana")).extracting(jurisdiction -> one.getItemLabelGenerator().apply(jurisdiction))
                .containsExactly("US-MT — Montana");
    }

    @Test
    void the_platform_pickers_find_xiaohongshu_by_its_french_alias() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        assertThat(offered(new PlatformPicker("Plateforme", platforms), "petit livre rouge"))
                .extracting(Platform::getName).containsExactly("Xiaohongshu");
        PlatformMultiPicker several = new PlatformMultiPicker("Plateformes", platforms);
        assertThat(offered(several, "Petit Livre")).extracting(Platform::getName).containsExactly("Xiaohongshu");
    }

    /** The form's save button, its primary one (the form and its buttons' words are the base feature's). */
    private static Button saveButton(Component form) {
        return _find(form, Button.class).stream().filter(button -> button.hasThemeName("primary")).findFirst()
                .orElseThrow();
    }

    private static JurisdictionsView openJurisdictions() {
        UI.getCurrent().navigate(JurisdictionsView.class);
        return _get(JurisdictionsView.class);
    }

    private static PlatformsView openPlatforms() {
        UI.getCurrent().navigate(PlatformsView.class);
        return _get(PlatformsView.class);
    }

    private static <T> List<T> offered(ComboBoxBase<?, T, ?> picker, String typed) {
        return dataProvider(picker).fetch(new Query<>(0, 50, List.of(), null, typed)).toList();
    }

    private static <T> int count(ComboBoxBase<?, T, ?> picker, String typed) {
        return dataProvider(picker).size(new Query<>(0, 50, List.of(), null, typed));
    }

    @SuppressWarnings("unchecked")
    private static <T> DataProvider<T, String> dataProvider(
            ComboBoxBase<?, T, ?> picker) {
        return (DataProvider<T, String>) picker.getDataProvider();
    }
}
