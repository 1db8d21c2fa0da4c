package org.sovereigntywatch.timeline.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.PinnableClock;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.DatePrecision;
import org.sovereigntywatch.timeline.EventAction;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.Instrument;
import org.sovereigntywatch.timeline.LinkType;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyDate;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.MeasureRow;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French analyst reads the timeline, the measures and a measure's page in French: every text, the dates, the names
 * of months on the axis, the tooltips and legend the server writes as HTML, and what a form says is missing.
 */
class TimelineInFrenchTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;
    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired RunAs runAs;
    @Autowired PinnableClock clock;

    @Test
    void a_french_analyst_reads_the_timeline_its_filters_legend_axis_and_tooltips_in_french() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        // Far from every recorded step, so that nothing is expected soon.
        clock.pin(LocalDate.of(2190, 1, 1));
        try {
            UI.getCurrent().navigate(TimelineView.class);
            TimelineView view = _get(TimelineView.class);
            _setValue(view.filters.from, LocalDate.of(2025, 1, 1));
            _setValue(view.filters.to, LocalDate.of(2025, 12, 31));
            _setValue(view.filters.jurisdictions, Set.of(jurisdictions.findByCode("US").orElseThrow()));

            ShownTexts.assertReadsInFrench();
            assertThat(_find(view.chart, Span.class, spec -> spec.withClasses("timeline-lane-label")))
                    .extracting(Span::getText).containsExactly("US");
            assertThat(view.chart.getElement().getTextRecursively()).contains("2025", "févr.", "mars", "avr.", "sept.")
                    .doesNotContain("Feb", "Apr");
            assertThat(marker(view, "hears argument").getElement().getAttribute("title"))
                    .startsWith("10 janvier 2025 · Audience · TikTok Inc. v. Garland");
            assertThat(view.filters.status.getItemLabelGenerator().apply(true)).isEqualTo("Étapes à venir");
            assertThat(view.filters.unpublished.getTooltip().getText()).startsWith("Étapes des mesures en brouillon");
            assertThat(view.filters.lanes.getItemLabelGenerator().apply(TimelineChart.Lanes.PLATFORM))
                    .isEqualTo("Par plateforme");

            String legend = _get(view, Html.class, spec -> spec.withClasses("timeline-legend")).getElement()
                    .getOuterHTML();
            assertThat(legend).contains("Mise en place", "annonce, dépôt, adoption, signature", "Justice",
                    "Un mois ou une année", "À venir", "N’a pas eu lieu", "Non publiée",
                    "mesure en brouillon, en relecture ou archivée", "Plus d’étapes que de lignes")
                    .doesNotContain("Bringing it about", "A month or a year", "Expected", "Not published");
            assertThat(view.upcoming.list.getElement().getChild(0).getProperty("innerHTML"))
                    .contains("Rien de prévu dans les 90 prochains jours.");
            assertThat(view.upcoming.days.getItemLabelGenerator().apply(30)).isEqualTo("30 prochains jours");

            var row = _get(view.grid, 0);
            assertThat(_getFormatted(_getColumnByHeader(view.grid, "Date"), row))
                    .isEqualTo(row.date().format(Locale.FRANCE));
            assertThat(_getFormatted(_getColumnByHeader(view.grid, "Statut"), row))
                    .isIn("Prévu", "Survenu", "N’a pas eu lieu");

            // Over six years the days of January 2025 crowd: three rows, then a "+2" marker listing the rest.
            _setValue(view.filters.from, LocalDate.of(2020, 1, 1));
            // Other tests record US drafts of their own, which may crowd other weeks: take January 2025's marker.
            TimelineChart.OverflowMarker more = view.chart.overflows("US").stream()
                    .filter(marker -> marker.events().stream()
                            .anyMatch(event -> event.row().start().equals(LocalDate.of(2025, 1, 19))))
                    .findFirst().orElseThrow();
            // How many more depends on what other tests recorded in January 2025; the words do not.
            assertThat(more.getElement().getAttribute("title")).matches("\\d+ de plus : .*")
                    .contains("19 janvier 2025 · Entrée en vigueur · Protecting Americans");
            _click(more);
            assertThat(view.details.getElement().getTextRecursively()).containsPattern("\\d+ autres étapes ici")
                    .contains("20 janvier 2025 · Report · Protecting Americans");
            _click(marker(view, "hears argument"));
            assertThat(view.details.getElement().getTextRecursively()).contains("10 janvier 2025 · Audience");
            ShownTexts.assertReadsInFrench();
        } finally {
            clock.release();
        }
    }

    @Test
    void a_french_analyst_reads_the_measures_list_in_french() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(MeasuresView.class);
        MeasuresView view = _get(MeasuresView.class);
        _setValue(view.filters.search, "Blocking of 59 Chinese apps");

        ShownTexts.assertReadsInFrench();
        assertThat(view.add.getText()).isEqualTo("Nouvelle mesure");
        assertThat(_size(view.grid)).isEqualTo(1);
        MeasureRow blocking = _get(view.grid, 0);
        assertThat(_getFormatted(_getColumnByHeader(view.grid, "Statut actuel"), blocking))
                .isEqualTo("Entrée en vigueur (janvier 2021)");
        assertThat(_getFormatted(_getColumnByHeader(view.grid, "Instrument"), blocking))
                .isEqualTo(org.sovereigntywatch.base.Texts.label(Locale.FRANCE, blocking.instrument()));
        assertThat(view.filters.instrument.getItemLabelGenerator().apply(Instrument.NETWORK_BLOCK))
                .isEqualTo("Blocage réseau");
        assertThat(view.filters.instrument.getItemLabelGenerator().apply(null)).isEqualTo("Tous les instruments");
    }

    @Test
    void a_french_analyst_reads_a_measure_with_its_steps_links_and_concerns_in_french() {
        PolicyMeasure amended = draft("Mesure modifiée " + UUID.randomUUID());
        long id = measureWithTwoSteps();
        runAs.user("analyst", () -> {
            measures.link(id, LinkType.AMENDS, amended.getId());
            return null;
        });
        MeasureEditorView page = openInFrench(id);

        ShownTexts.assertReadsInFrench();
        assertThat(page.eventsSection.currentStatus.getText()).isEqualTo("Statut actuel : Signature (29 juin 2020)");
        assertThat(page.eventsSection.add.getText()).isEqualTo("Ajouter une étape");
        PolicyEvent expected = _get(page.eventsSection.grid, 1);
        assertThat(_getFormatted(_getColumnByHeader(page.eventsSection.grid, "Date"), expected))
                .isEqualTo("janvier 2030");
        assertThat(_getFormatted(_getColumnByHeader(page.eventsSection.grid, "Action"), expected))
                .isEqualTo("Entrée en vigueur");
        assertThat(_getFormatted(_getColumnByHeader(page.eventsSection.grid, "Statut"), expected)).isEqualTo("Prévu");
        assertThat(page.linksSection.getElement().getTextRecursively())
                .contains("Mesures liées", "Cette mesure modifie " + amended.getTitle());
        assertThat(page.linksSection.type.getItemLabelGenerator().apply(LinkType.SUPERSEDES)).isEqualTo("remplace");
        assertThat(page.concernsSection.getElement().getTextRecursively())
                .contains("Préoccupations visées", "Aucune préoccupation liée.");
        assertThat(page.measureForm().jurisdiction.getHelperText())
                .startsWith("Le gouvernement qui a agi ; il détermine qui peut modifier la mesure.");

        _click(_get(page.linksSection, Button.class, spec -> spec.withText("Retirer")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getText(confirm)).isEqualTo("Retirer le lien « cette mesure modifie " + amended.getTitle() + " » ?");
        _fireCancel(confirm);
    }

    @Test
    void a_french_analyst_adds_and_changes_a_step_in_a_dialog_in_french() {
        long id = measureWithTwoSteps();
        MeasureEditorView page = openInFrench(id);

        _click(page.eventsSection.add);
        EventDialog added = _get(EventDialog.class);
        assertThat(added.getHeaderTitle()).isEqualTo("Nouvelle étape");
        assertThat(added.precision.getItemLabelGenerator().apply(DatePrecision.MONTH)).isEqualTo("Mois");
        assertThat(added.action.getItemLabelGenerator().apply(EventAction.RULING)).isEqualTo("Décision de justice");
        assertThat(added.cancelled.getTooltip().getText()).startsWith("Une étape prévue qui n’aura pas lieu");
        ShownTexts.assertReadsInFrench();
        _click(added.save);
        assertThat(added.summary.isInvalid()).isTrue();
        assertThat(added.summary.getErrorMessage()).isEqualTo("Décrivez ce qui s’est passé");
        assertThat(_size(page.eventsSection.grid)).isEqualTo(2);
        added.close();
        MockVaadin.clientRoundtrip(false);

        _clickItem(page.eventsSection.grid, 0);
        EventDialog changed = _get(EventDialog.class);
        assertThat(changed.getHeaderTitle()).isEqualTo("Étape : 29 juin 2020");
        ShownTexts.assertReadsInFrench();
        _click(changed.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(getText(confirm))
                .isEqualTo("Supprimer l’étape 29 juin 2020 · Signature — « Le décret est signé. » ? "
                        + "Cette action est irréversible.");
        _fireCancel(confirm);
        assertThat(_size(page.eventsSection.grid)).isEqualTo(2);
    }

    @Test
    void a_french_analyst_is_told_in_french_what_a_new_measure_lacks() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(MeasuresView.class);
        _click(_get(MeasuresView.class).add);
        MeasureEditorView page = _get(MeasureEditorView.class);
        ShownTexts.assertReadsInFrench();

        _click(_get(page.measureForm(), Button.class, spec -> spec.withThemes("primary")));
        assertThat(page.measureForm().title.isInvalid()).isTrue();
        assertThat(page.measureForm().title.getErrorMessage()).isEqualTo("Saisissez un titre");
        assertThat(page.measureForm().platforms.getErrorMessage()).isEqualTo("Choisissez au moins une plateforme");
    }

    /** A draft in India, signed on 29 June 2020 and expected in force in January 2030. */
    private long measureWithTwoSteps() {
        return runAs.user("analyst", () -> {
            PolicyMeasure saved = measures.create(measure("Décret " + UUID.randomUUID()));
            events.save(new PolicyEvent(saved, PolicyDate.day(2020, 6, 29), EventAction.SIGNED,
                    "Le décret est signé."));
            PolicyEvent inForce = new PolicyEvent(saved, PolicyDate.month(2030, 1), EventAction.IN_FORCE,
                    "Entrée en vigueur prévue.");
            inForce.setExpected(true);
            events.save(inForce);
            return saved.getId();
        });
    }

    private PolicyMeasure draft(String title) {
        return runAs.user("analyst", () -> measures.create(measure(title)));
    }

    private PolicyMeasure measure(String title) {
        PolicyMeasure measure = new PolicyMeasure(title);
        measure.setJurisdiction(jurisdictions.findByCode("IN").orElseThrow());
        measure.setPlatforms(Set.of(platforms.findByName("TikTok").orElseThrow()));
        return measure;
    }

    private MeasureEditorView openInFrench(long id) {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate(MeasureEditorView.class, new RouteParameters("id", String.valueOf(id)));
        return _get(MeasureEditorView.class);
    }

    private static TimelineChart.Marker marker(TimelineView view, String summaryPart) {
        List<TimelineChart.Marker> markers = view.chart.markers("US");
        return markers.stream().filter(marker -> marker.event().row().summary().contains(summaryPart)).findFirst()
                .orElseThrow(() -> new AssertionError("No marker '" + summaryPart + "'"));
    }
}
