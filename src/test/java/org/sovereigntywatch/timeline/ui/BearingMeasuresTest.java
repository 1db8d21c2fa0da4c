package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.EventService;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyEvent;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** The section timelines add to the concern page: the measures bearing on the concern, each linking to its page. */
class BearingMeasuresTest extends KaribuTest {

    @Autowired MeasureService measures;
    @Autowired EventService events;
    @Autowired RunAs runAs;

    @Test
    void a_concern_page_lists_the_measures_bearing_on_it_with_links_to_them() {
        login("viewer");
        PolicyMeasure measure = measures.list(MeasureFilter.ALL, Pageable.ofSize(100)).stream()
                .filter(each -> !measures.concerns(each.getId()).isEmpty()).findFirst().orElseThrow();
        ConcernTitle concern = measures.concerns(measure.getId()).getFirst();

        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(concern.id())));

        List<RouterLink> links = _find(_find(BearingMeasures.class).getFirst(), RouterLink.class);
        assertThat(links).extracting(RouterLink::getText).contains(measure.getTitle());
        assertThat(links).extracting(RouterLink::getHref).contains("measures/" + measure.getId());
    }

    @Test
    void a_french_reader_reads_the_measures_bearing_on_a_concern_and_their_steps_in_french() {
        login("viewer");
        browserPrefers(Locale.FRANCE);
        PolicyMeasure measure = measures.list(MeasureFilter.ALL, Pageable.ofSize(100)).stream()
                .filter(each -> !measures.concerns(each.getId()).isEmpty())
                .filter(each -> !events.eventsOf(each.getId()).isEmpty()).findFirst().orElseThrow();
        ConcernTitle concern = measures.concerns(measure.getId()).getFirst();
        PolicyEvent first = events.eventsOf(measure.getId()).getFirst();

        UI.getCurrent().navigate(ConcernEditorView.class, new RouteParameters("id", String.valueOf(concern.id())));

        String section = _find(BearingMeasures.class).getFirst().getElement().getTextRecursively();
        assertThat(section).contains("Mesures portant sur cette préoccupation",
                first.getDate().format(Locale.FRANCE) + " — "
                        + Texts.format(Locale.FRANCE, first.getStatus().withAction(first.getAction())) + " : "
                        + first.getSummary())
                .doesNotContain("Measures bearing on this concern");
    }
}
