package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.ui.ShownTexts;
import org.sovereigntywatch.concern.ConcernCounts.HeatCell;
import org.sovereigntywatch.dashboard.DashboardService.Change;
import org.sovereigntywatch.editorial.PublicationState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard as a French reader sees it: French words, French numbers. */
class DashboardInFrenchTest extends KaribuTest {

    @Test
    void a_french_analyst_reads_the_dashboard_in_french() {
        login("analyst");
        browserPrefers(Locale.FRANCE);
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);

        ShownTexts.assertReadsInFrench();
        assertThat(_find(view, Span.class, spec -> spec.withClasses("figure-label"))).extracting(Span::getText)
                .containsExactly("Préoccupations ouvertes", "Revues en retard", "Mesures en vigueur",
                        "Étapes prévues dans les 30 prochains jours");
        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("badge"))).extracting(Anchor::getText)
                .allSatisfy(badge -> assertThat(badge).matches("(Critique|Élevé|Moyen|Faible) \\d+"));
        assertThat(view.getElement().getTextRecursively())
                .contains("Préoccupations ouvertes par juridiction et plateforme", "Modifications récentes",
                        "Les 90 derniers jours");
    }

    @Test
    void the_heatmap_writes_its_counts_and_tooltips_for_a_french_reader() {
        login("viewer");
        browserPrefers(Locale.FRANCE);

        String html = new Heatmap(List.of(new HeatCell("US", "TikTok", 20, 1234), new HeatCell("FR", "TikTok", 3, 1)), null)
                .getElement().getChild(0).getOuterHTML();

        // French groups thousands with a narrow no-break space.
        assertThat(html).contains(">1\u202f234</a>")
                .contains("US × TikTok : 1\u202f234 préoccupations ouvertes, niveau le plus élevé : Critique")
                .contains("FR × TikTok : 1 préoccupation ouverte, niveau le plus élevé : Faible");
    }

    @Test
    void a_heatmap_cut_to_its_most_serious_rows_says_so_in_french_with_french_numbers() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        List<HeatCell> heat = new ArrayList<>();
        for (int i = 0; i < Heatmap.MAX_JURISDICTIONS + 2; i++) {
            heat.add(new HeatCell("J" + i, "P" + i % (Heatmap.MAX_PLATFORMS + 2), 5, 1));
        }

        String text = new Heatmap(heat, null).getElement().getTextRecursively();

        assertThat(text).contains("Les 15 juridictions sur 17 et les 10 plateformes sur 12 dont les préoccupations "
                + "ouvertes sont les plus graves ; les rapports de synthèse les recensent toutes.");
    }

    @Test
    void recent_changes_say_what_changed_and_its_state_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);

        String html = new RecentChanges(List.of(new Change(Change.CONCERN, 7, "Une préoccupation",
                PublicationState.IN_REVIEW, "analyst", Instant.parse("2025-01-19T10:00:00Z"))), null)
                .getElement().getChild(0).getOuterHTML();
        String empty = new RecentChanges(List.of(), null).getElement().getChild(0).getOuterHTML();

        assertThat(html).contains("href=\"concerns/7\"").contains("préoccupation · En relecture · analyst · ");
        assertThat(empty).contains("Rien pour l’instant.");
    }
}
