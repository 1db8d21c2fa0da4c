package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.concern.ConcernTitle;
import org.sovereigntywatch.concern.ui.ConcernEditorView;
import org.sovereigntywatch.security.RunAs;
import org.sovereigntywatch.timeline.MeasureFilter;
import org.sovereigntywatch.timeline.MeasureService;
import org.sovereigntywatch.timeline.PolicyMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** The section timelines add to the concern page: the measures bearing on the concern, each linking to its page. */
class BearingMeasuresTest extends KaribuTest {

    @Autowired MeasureService measures;
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
}
