package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.source.Source;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

class SourceDialogTest extends KaribuTest {

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
}
