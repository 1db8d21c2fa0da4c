package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.sovereigntywatch.concern.ConcernCounts.HeatCell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jurisdictions down, platforms across; each cell coloured by the highest level among its open concerns and showing
 * how many there are. Clicking a cell opens the concern register filtered to that jurisdiction and platform.
 */
class Heatmap extends Composite<Div> {

    private final Map<List<String>, HeatCell> cells;

    Heatmap(List<HeatCell> heat) {
        cells = heat.stream().collect(Collectors.toMap(cell -> List.of(cell.jurisdiction(), cell.platform()),
                Function.identity()));
        List<String> jurisdictions = List.copyOf(new TreeSet<>(heat.stream().map(HeatCell::jurisdiction).toList()));
        List<String> platforms = List.copyOf(new TreeSet<>(heat.stream().map(HeatCell::platform).toList()));
        Div grid = getContent();
        grid.addClassName("heatmap");
        if (heat.isEmpty()) {
            grid.add(new Paragraph("No open concern."));
            return;
        }
        grid.getStyle().set("grid-template-columns", "auto repeat(" + platforms.size() + ", minmax(4.5rem, 1fr))");
        grid.add(new Span());
        platforms.forEach(platform -> grid.add(header(platform)));
        for (String jurisdiction : jurisdictions) {
            grid.add(header(jurisdiction));
            for (String platform : platforms) {
                grid.add(cell(jurisdiction, platform));
            }
        }
    }

    /** The cell of a jurisdiction and a platform, if any open concern falls in it. */
    Optional<HeatCell> at(String jurisdiction, String platform) {
        return Optional.ofNullable(cells.get(List.of(jurisdiction, platform)));
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("heatmap-header");
        return header;
    }

    private Div cell(String jurisdiction, String platform) {
        Div cell = new Div();
        cell.addClassName("heatmap-cell");
        at(jurisdiction, platform).ifPresent(heat -> {
            cell.setText(String.valueOf(heat.count()));
            cell.addClassNames("level-" + heat.level().name().toLowerCase(), "filled");
            cell.getElement().setAttribute("title", heat.count() + " open concern(s), highest level "
                    + heat.level().label() + " — " + jurisdiction + " × " + platform);
            cell.getElement().setAttribute("role", "link");
            cell.getElement().setAttribute("tabindex", "0");
            cell.addClickListener(click -> cell.getUI().ifPresent(ui -> ui.navigate("concerns",
                    QueryParameters.simple(Map.of("jurisdiction", jurisdiction, "platform", platform,
                            "open", "true")))));
        });
        return cell;
    }
}
