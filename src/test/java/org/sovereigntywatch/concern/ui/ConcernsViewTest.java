package org.sovereigntywatch.concern.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.TextLimit;
import org.sovereigntywatch.concern.ConcernCategory;
import org.sovereigntywatch.concern.ConcernRow;
import org.sovereigntywatch.concern.RiskLevel;
import org.sovereigntywatch.editorial.PublicationState;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ConcernsViewTest extends KaribuTest {

    @Autowired PlatformService platforms;
    @Autowired JurisdictionService jurisdictions;
    @Autowired SourceService sources;

    @Test
    void an_analyst_records_a_concern_submits_it_a_reviewer_publishes_it_and_a_viewer_sees_it() {
        String title = "RedNote keeps US users' data under Chinese law " + UUID.randomUUID();

        login("analyst");
        UI.getCurrent().navigate(ConcernsView.class);
        _click(_get(ConcernsView.class).add);
        ConcernEditorView editor = _get(ConcernEditorView.class);
        ConcernForm form = editor.concernForm();
        _setValue(form.title, title);
        _setValue(form.platform, platforms.findByName("Xiaohongshu").orElseThrow());
        _setValue(form.affectedJurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(form.accessingJurisdiction, jurisdictions.findByCode("CN").orElseThrow());
        _setValue(form.category, ConcernCategory.STATE_ACCESS);
        _setValue(form.platformClaim, "The platform says it stores foreign users' data separately.");
        _setValue(form.likelihood, 4);
        _setValue(form.impact, 5);
        assertThat(form.level.getText()).isEqualTo("Critical · 20");
        _setValue(form.sources, Set.of(sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow()));
        _click(button(form, "Save"));

        editor = _get(ConcernEditorView.class);
        assertThat(editor.getForm().getItem().getId()).isNotNull();
        long id = editor.getForm().getItem().getId();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("concerns/" + id);
        _click(button(editor.getReview(), "Submit for review"));
        assertThat(reviewState()).isEqualTo("In review");

        logout();
        login("reviewer");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(id)));
        editor = _get(ConcernEditorView.class);
        _setValue(_get(editor.getReview(), TextArea.class, spec -> spec.withLabel("Comment")), "Checked against the article.");
        _click(button(editor.getReview(), "Publish"));
        assertThat(reviewState()).isEqualTo("Published");

        logout();
        login("viewer");
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.search, title.toLowerCase());
        assertThat(_size(register.grid)).isEqualTo(1);
        ConcernRow row = _get(register.grid, 0);
        assertThat(row.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(row.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(register.add.isVisible()).isFalse();
    }

    @Test
    void the_parts_the_load_test_drives_carry_the_element_ids_it_finds_them_by() {
        login("analyst");
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        assertThat(register.grid.getId()).contains(ConcernsView.GRID_ID);
        assertThat(register.filters.search.getId()).contains(ConcernsView.SEARCH_ID);
        assertThat(register.download.getId()).contains(ConcernsView.DOWNLOAD_ID);

        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernEditorView editor = _get(ConcernEditorView.class);
        assertThat(editor.concernForm().title.getId()).contains(ConcernEditorView.TITLE_ID);
        assertThat(button(editor.concernForm(), "Save").getId()).contains(ConcernEditorView.SAVE_ID);
    }

    @Test
    void a_concern_missing_its_platform_and_sources_is_refused_next_to_the_fields_and_nothing_is_saved() {
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernForm form = _get(ConcernEditorView.class).concernForm();
        _setValue(form.title, "Incomplete " + UUID.randomUUID());
        _click(button(form, "Save"));

        assertThat(form.platform.isInvalid()).isTrue();
        assertThat(form.platform.getErrorMessage()).isEqualTo("Choose the platform");
        assertThat(form.sources.isInvalid()).isTrue();
        assertThat(form.sources.getErrorMessage()).isEqualTo("Cite at least one source");
        assertThat(form.getItem().getId()).isNull();
    }

    @Test
    void a_pasted_description_over_the_limit_is_kept_whole_counted_and_refused_next_to_the_field() {
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        ConcernForm form = _get(ConcernEditorView.class).concernForm();
        _setValue(form.title, "Pasted " + UUID.randomUUID());
        _setValue(form.platform, platforms.findByName("TikTok").orElseThrow());
        _setValue(form.affectedJurisdiction, jurisdictions.findByCode("US").orElseThrow());
        _setValue(form.accessingJurisdiction, jurisdictions.findByCode("CN").orElseThrow());
        _setValue(form.sources, Set.of(sources.findByUrl("https://viralmag.fr/?p=64330").orElseThrow()));
        assertThat(form.description.getHelperText()).isEqualTo("0 / 4,000");

        _setValue(form.description, "x".repeat(10_000));

        // No maxlength in the browser: it would have cut the paste to 4,000 characters without a word.
        assertThat(form.description.getElement().hasProperty("maxlength")).isFalse();
        assertThat(form.description.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        assertThat(form.description.getHelperText()).isEqualTo("10,000 / 4,000: 6,000 characters too many");
        assertThat(form.description.hasClassName(TextLimit.OVER)).isTrue();
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).isEqualTo("At most 4000 characters");
        _click(button(form, "Save"));
        // Said where the user looks, the message by the field being far above the button.
        NotificationsKt.expectNotifications("Not saved: correct the fields marked in red first.");
        assertThat(form.getItem().getId()).isNull();
        assertThat(form.description.getValue()).hasSize(10_000);

        _setValue(form.description, "\tIndented\n\nSecond paragraph");
        assertThat(form.description.getHelperText()).isEqualTo("27 / 4,000");
        assertThat(form.description.isInvalid()).isFalse();
        _click(button(form, "Save"));
        assertThat(form.getItem().getId()).isNotNull();
        assertThat(form.getItem().getDescription()).isEqualTo("\tIndented\n\nSecond paragraph");
    }

    @Test
    void a_viewer_reads_a_published_concern_without_being_able_to_change_it() {
        login("viewer");
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.search, "170 million");
        assertThat(_size(register.grid)).isEqualTo(1);
        long id = _get(register.grid, 0).id();

        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(id)));
        ConcernEditorView editor = _get(ConcernEditorView.class);
        assertThat(editor.concernForm().title.isReadOnly()).isTrue();
        assertThat(_find(editor.getReview(), TextArea.class)).isEmpty();
        assertThat(_find(editor.getReview(), Button.class)).isEmpty();
    }

    @Test
    void filters_in_the_address_are_applied_to_the_register() {
        login("viewer");
        UI.getCurrent().navigate("concerns", QueryParameters.fromString("platform=TikTok&jurisdiction=US&level=critical"));
        ConcernsView register = _get(ConcernsView.class);
        assertThat(register.filters.platform.getValue().getName()).isEqualTo("TikTok");
        assertThat(register.filters.level.getValue()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(_size(register.grid)).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < _size(register.grid); i++) {
            assertThat(_get(register.grid, i).platform()).isEqualTo("TikTok");
            assertThat(_get(register.grid, i).level()).isEqualTo(RiskLevel.CRITICAL);
        }
    }

    @Test
    void a_concern_page_lists_the_measures_that_bear_on_it_with_their_events() {
        browserPrefers(Locale.UK);
        login("viewer");
        UI.getCurrent().navigate(ConcernsView.class);
        ConcernsView register = _get(ConcernsView.class);
        _setValue(register.filters.search, "170 million");
        long id = _get(register.grid, 0).id();
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_get(ConcernEditorView.class).getElement().getTextRecursively())
                .contains("Protecting Americans from Foreign Adversary Controlled Applications Act")
                .contains("19 January 2025 — In force");
    }

    /** The state badge at the top of the review panel. */
    private static String reviewState() {
        return _get(_get(ConcernEditorView.class).getReview(), Span.class, spec -> spec.withClasses("badge")).getText();
    }

    private static Button button(com.vaadin.flow.component.Component parent, String text) {
        return _get(parent, Button.class, spec -> spec.withText(text));
    }
}
