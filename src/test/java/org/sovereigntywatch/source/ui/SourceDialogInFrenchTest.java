package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.report.ui.ReportsView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The dialog recording a source, for an analyst whose browser prefers French: its texts and its refusals. */
class SourceDialogInFrenchTest extends KaribuTest {

    @Autowired SourceService sources;
    @Autowired RunAs runAs;

    @Test
    void a_french_analyst_reads_the_source_dialog_in_french() {
        SourceDialog dialog = openInFrench();
        ShownTexts.assertReadsInFrench();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Nouvelle source");
        assertThat(dialog.url.getLabel()).isEqualTo("Adresse web");
        assertThat(saveButton(dialog).getText()).isEqualTo("Enregistrer la source");
    }

    @Test
    void a_french_analyst_is_told_in_french_why_a_source_is_refused() {
        SourceDialog dialog = openInFrench();
        _click(saveButton(dialog));
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Saisissez le titre");

        _setValue(dialog.url, "javascript:alert(1)");
        assertThat(dialog.url.getErrorMessage())
                .isEqualTo("Saisissez une adresse web commençant par http:// ou https://");
        _setValue(dialog.url, "https://example.org/a\\b");
        assertThat(dialog.url.getErrorMessage())
                .isEqualTo("Une adresse web ne peut pas contenir « \\ » tel quel : écrivez-le %5C");
        _setValue(dialog.url, "https://");
        assertThat(dialog.url.getErrorMessage()).isEqualTo("Saisissez une adresse web commençant par http:// ou "
                + "https:// suivi du nom du site, comme https://example.org/page");
        _setValue(dialog.url, "");

        _setValue(dialog.publishedOn, LocalDate.now().plusDays(1));
        assertThat(dialog.publishedOn.getErrorMessage()).isEqualTo("Une source ne peut pas être publiée à une date future");
        _setValue(dialog.publishedOn, null);
        _setValue(dialog.language, "français");
        assertThat(dialog.language.getErrorMessage()).isEqualTo("Utilisez un code de langue comme fr, en ou zh-CN");
        _setValue(dialog.language, "fr");

        _setValue(dialog.title, "www.example.org/" + UUID.randomUUID());
        _click(saveButton(dialog));
        assertThat(dialog.title.getErrorMessage()).startsWith("Sans adresse web ni éditeur, le titre ne peut pas "
                + "commencer comme une adresse web");
        ShownTexts.assertReadsInFrench();
    }

    @Test
    void a_french_analyst_is_shown_in_french_that_a_citation_is_already_recorded() {
        String title = "Interdiction de TikTok " + UUID.randomUUID();
        runAs.user("analyst", () -> sources.save(new Source("Le Monde", title)));
        SourceDialog dialog = openInFrench();
        _setValue(dialog.publisher, "le monde");
        _setValue(dialog.title, title);
        _click(saveButton(dialog));

        assertThat(dialog.duplicates.isVisible()).isTrue();
        assertThat(_get(dialog.duplicates, Span.class, spec -> spec.withText(
                "Cette référence est déjà enregistrée sans adresse web :"))).isNotNull();
        assertThat(_get(dialog.duplicates, Button.class, spec -> spec.withText("Utiliser celle-ci"))).isNotNull();
        ShownTexts.assertReadsInFrench();
    }

    /**
     * The dialog over the reports page, whose texts are this package's neighbours' (the item forms it opens from
     * belong to other features).
     */
    private SourceDialog openInFrench() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(ReportsView.class);
        SourceDialog dialog = new SourceDialog(sources, saved -> { });
        dialog.open();
        return _get(SourceDialog.class);
    }

    private static Button saveButton(SourceDialog dialog) {
        return _get(dialog, Button.class, spec -> spec.withText(dialog.getTranslation("source.dialog.save")));
    }
}
