package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording a source from an item's form, and the warning when its address is already recorded. */
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
