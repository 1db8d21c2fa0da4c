package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a source from an item's form: addresses as browsers send them, a reason for one that cannot be linked,
 * and the warning when an address is already recorded.
 */
class SourceDialogTest extends KaribuTest {

    @Autowired SourceService sources;
    @Autowired RunAs runAs;

    private final String address = "https://www.example.org/" + UUID.randomUUID();

    @Test
    void an_address_already_recorded_is_pointed_out_and_the_recorded_source_can_be_cited_instead() {
        Source recorded = record(address);
        SourceDialog dialog = openDialog();
        fill(dialog, "HTTPS://WWW.EXAMPLE.ORG" + address.substring("https://www.example.org".length()) + "/");
        _click(saveButton(dialog));

        assertThat(dialog.duplicates.isVisible()).isTrue();
        assertThat(_get(dialog.duplicates, Anchor.class).getHref()).isEqualTo(address);
        _click(_get(dialog.duplicates, Button.class, spec -> spec.withText("Use this one")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(SourcePicker.class).getValue()).extracting(Source::getId).containsExactly(recorded.getId());
        assertThat(runAs.user("analyst", () -> sources.likelyDuplicates(address))).hasSize(1);
    }

    @Test
    void saving_again_records_the_new_source_anyway() {
        record(address);
        SourceDialog dialog = openDialog();
        fill(dialog, address);
        Button save = saveButton(dialog);
        _click(save);
        assertThat(dialog.isOpened()).isTrue();

        _click(save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(runAs.user("analyst", () -> sources.likelyDuplicates(address))).hasSize(2);
    }

    @Test
    void an_address_with_quotes_and_angle_brackets_is_accepted_and_ctrl_enter_saves_the_source() {
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        SourcePicker picker = _get(SourcePicker.class);
        _click(_get(picker, Button.class, spec -> spec.withText("New source…")));
        SourceDialog dialog = _get(SourceDialog.class);
        String query = UUID.randomUUID().toString();
        _setValue(dialog.publisher, "Search engine");
        _setValue(dialog.title, "Results");
        _setValue(dialog.url, "https://example.org/search?q=\"" + query + "\"<b>");

        assertThat(dialog.url.isInvalid()).isFalse();
        _fireShortcut(dialog, Key.ENTER, KeyModifier.CONTROL);

        assertThat(_find(SourceDialog.class)).isEmpty();
        assertThat(picker.getValue()).extracting(Source::getUrl)
                .containsExactly("https://example.org/search?q=%22" + query + "%22%3Cb%3E");
    }

    @Test
    void an_address_that_cannot_be_linked_is_refused_next_to_the_field_with_the_reason() {
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        _click(_get(Button.class, spec -> spec.withText("New source…")));
        SourceDialog dialog = _get(SourceDialog.class);
        _setValue(dialog.url, "https://example.org/a\\b");

        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage())
                .isEqualTo("A web address cannot contain “\\” as it is: write it as %5C");
    }

    @Test
    void an_internationalised_address_is_accepted_and_a_publication_date_outside_the_range_is_refused_next_to_it() {
        SourceDialog dialog = openDialog();
        fill(dialog, "\u00A0https://例え.jp/" + UUID.randomUUID() + " ");
        assertThat(dialog.url.isInvalid()).isFalse();
        assertThat(dialog.publishedOn.getMin()).isEqualTo(LocalDate.of(1900, 1, 1));
        _setValue(dialog.publishedOn, LocalDate.of(1899, 12, 31));
        _click(saveButton(dialog));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.publishedOn.isInvalid()).isTrue();
        assertThat(dialog.publishedOn.getErrorMessage()).isEqualTo("Enter a date from 1900 to 2200");
        _setValue(dialog.publishedOn, LocalDate.now().plusDays(1));
        assertThat(dialog.publishedOn.getErrorMessage()).isEqualTo("A source cannot be published in the future");

        _setValue(dialog.publishedOn, LocalDate.of(1900, 1, 1));
        _click(saveButton(dialog));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(SourcePicker.class).getValue()).singleElement().extracting(Source::getUrl).asString()
                .startsWith("https://例え.jp/");
    }

    @Test
    void a_source_without_a_web_address_is_recorded_as_a_citation_and_shown_as_plain_text() {
        String title = "Executive Order 13942 " + UUID.randomUUID();
        SourceDialog dialog = openDialog();
        _setValue(dialog.title, title);
        _click(saveButton(dialog));

        assertThat(dialog.isOpened()).isFalse();
        Source saved = _get(SourcePicker.class).getValue().iterator().next();
        assertThat(saved.getUrl()).isNull();
        assertThat(saved.getPublisher()).isNull();
        assertThat(runAs.user("analyst", () -> sources.findByCitation(null, title))).map(Source::getId)
                .contains(saved.getId());
    }

    @Test
    void a_citation_already_recorded_is_pointed_out_as_text_and_can_be_cited_instead() {
        String title = "TikTok ban blocked by judge " + UUID.randomUUID();
        Source recorded = runAs.user("analyst", () -> sources.save(new Source("Reuters", title)));
        SourceDialog dialog = openDialog();
        _setValue(dialog.publisher, "REUTERS");
        _setValue(dialog.title, " " + title.toLowerCase() + " ");
        _click(saveButton(dialog));

        assertThat(dialog.duplicates.isVisible()).isTrue();
        assertThat(_find(dialog.duplicates, Anchor.class)).isEmpty();
        assertThat(_get(dialog.duplicates, Span.class, spec -> spec.withClasses("source-citation")).getText())
                .isEqualTo("Reuters — " + title);
        _click(_get(dialog.duplicates, Button.class, spec -> spec.withText("Use this one")));

        assertThat(_get(SourcePicker.class).getValue()).extracting(Source::getId).containsExactly(recorded.getId());
    }

    @Test
    void the_title_is_still_required_and_a_title_that_reads_as_an_address_is_refused_next_to_it() {
        SourceDialog dialog = openDialog();
        _click(saveButton(dialog));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter the title");
        assertThat(dialog.publisher.isInvalid()).isFalse();
        assertThat(dialog.url.isInvalid()).isFalse();

        _setValue(dialog.title, "https://www.example.org/" + UUID.randomUUID());
        _click(saveButton(dialog));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.getErrorMessage()).contains("put the address in the web address field");
    }

    @Test
    void a_script_address_is_still_refused() {
        SourceDialog dialog = openDialog();
        fill(dialog, "javascript:alert(1)");
        _click(saveButton(dialog));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.url.getErrorMessage()).isEqualTo("Enter a web address starting with http:// or https://");
    }

    private SourceDialog openDialog() {
        login("analyst");
        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", "new"));
        _click(_get(SourcePicker.class).add);
        return _get(SourceDialog.class);
    }

    private static void fill(SourceDialog dialog, String url) {
        _setValue(dialog.publisher, "Example");
        _setValue(dialog.title, "The same article");
        _setValue(dialog.url, url);
    }

    private static Button saveButton(SourceDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText("Save source"));
    }

    private Source record(String url) {
        return runAs.user("analyst", () -> sources.save(new Source("Example", "An article", url)));
    }
}
