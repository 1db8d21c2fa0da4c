package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sovereigntywatch.base.ui.ViewToolbar;
import org.sovereigntywatch.dashboard.DashboardService;
import org.sovereigntywatch.reference.ui.JurisdictionsView;
import org.sovereigntywatch.reference.ui.PlatformsView;

import com.vaadin.flow.component.Component;

/** The landing page after sign-in. For now: how much the record holds, each figure a link to its list. */
@Route("")
@PageTitle("Dashboard · Sovereignty Watch")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Div {

    DashboardView(DashboardService dashboard) {
        DashboardService.Counts counts = dashboard.counts();
        Div figures = new Div(
                figure("Jurisdictions", counts.jurisdictions(), new RouterLink("Browse", JurisdictionsView.class)),
                figure("Platforms", counts.platforms(), new RouterLink("Browse", PlatformsView.class)),
                figure("Sources", counts.sources(), new Span("cited by concerns and events")));
        figures.addClassName("figures");
        add(new ViewToolbar("Dashboard"), figures);
        addClassName("dashboard");
    }

    private static Component figure(String label, long value, Component footer) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div card = new Div(caption, number, footer);
        card.addClassName("figure");
        return card;
    }
}
