package org.sovereigntywatch.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.KaribuTest;
import org.sovereigntywatch.dashboard.ui.DashboardView;
import org.sovereigntywatch.reference.JurisdictionFilter;
import org.sovereigntywatch.reference.JurisdictionService;
import org.sovereigntywatch.reference.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Autowired JurisdictionService jurisdictions;
    @Autowired PlatformService platforms;

    @Test
    void the_landing_page_counts_what_exists() {
        login("viewer");
        UI.getCurrent().navigate("");
        _assertOne(DashboardView.class);
        List<String> figures = _find(Span.class, spec -> spec.withClasses("figure-value")).stream()
                .map(Span::getText).toList();
        assertThat(figures).startsWith(
                String.valueOf(jurisdictions.count(JurisdictionFilter.ALL)), String.valueOf(platforms.count("")));
    }
}
