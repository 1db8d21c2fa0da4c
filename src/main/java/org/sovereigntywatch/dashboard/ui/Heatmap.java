package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.concern.ConcernCounts.HeatCell;
import org.sovereigntywatch.concern.ui.ConcernsView;
import org.sovereigntywatch.concern.ui.LevelBadge;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jurisdictions down, platforms across; each cell coloured by the highest level among its open concerns and showing
 * how many there are, a link to the concern register filtered to that jurisdiction, platform and "open only". It
 * shows the {@value #MAX_JURISDICTIONS} jurisdictions and {@value #MAX_PLATFORMS} platforms with the most serious
 * open concerns; the summary reports have them all.
 * <p>
 * Drawn as one piece of HTML rather than a component per cell: a cell per jurisdiction and platform would make every
 * open dashboard hold thousands of components.
 */
class Heatmap extends Composite<Div> {

    static final int MAX_JURISDICTIONS = 15;
    static final int MAX_PLATFORMS = 10;

    final List<String> jurisdictions;
    final List<String> platforms;

    /** @param asOf the past moment the figures are of, which the cells' links carry; null for now */
    Heatmap(List<HeatCell> heat, @Nullable Instant asOf) {
        // Each pass goes over every cell the user may see (20,000 for an analyst on the benchmark data), at every
        // dashboard a user opens: one pass per side, and sets for the cells' look-up.
        Map<String, long[]> byJurisdiction = rank(heat, HeatCell::jurisdiction);
        Map<String, long[]> byPlatform = rank(heat, HeatCell::platform);
        jurisdictions = mostSerious(byJurisdiction, MAX_JURISDICTIONS);
        platforms = mostSerious(byPlatform, MAX_PLATFORMS);
        Set<String> shownJurisdictions = Set.copyOf(jurisdictions);
        Set<String> shownPlatforms = Set.copyOf(platforms);
        // The cells are only needed to write the HTML: an open dashboard keeps none of them.
        Map<List<String>, HeatCell> cells = heat.stream()
                .filter(cell -> shownJurisdictions.contains(cell.jurisdiction())
                        && shownPlatforms.contains(cell.platform()))
                .collect(Collectors.toMap(cell -> List.of(cell.jurisdiction(), cell.platform()), Function.identity()));
        Div content = getContent();
        if (heat.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.heatmap.empty")));
            return;
        }
        content.add(new Html(html(jurisdictions, platforms, cells, asOf, getLocale())));
        if (byJurisdiction.size() > jurisdictions.size() || byPlatform.size() > platforms.size()) {
            Paragraph more = new Paragraph(getTranslation("dashboard.heatmap.note", jurisdictions.size(),
                    byJurisdiction.size(), platforms.size(), byPlatform.size()));
            more.addClassName("heatmap-note");
            content.add(more);
        }
    }

    /** Where a cell leads: the concern register filtered to its jurisdiction and platform, open concerns only. */
    static String link(String jurisdiction, String platform, @Nullable Instant asOf) {
        return ConcernsView.link().jurisdiction(jurisdiction).platform(platform).openOnly().asOf(asOf).address();
    }

    private static String html(List<String> jurisdictions, List<String> platforms, Map<List<String>, HeatCell> cells,
                               @Nullable Instant asOf, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        StringBuilder html = new StringBuilder("<div class=\"heatmap\" style=\"grid-template-columns: auto repeat(")
                .append(platforms.size()).append(", minmax(4.5rem, 1fr))\"><span></span>");
        platforms.forEach(platform -> html.append("<span class=\"heatmap-header\">").append(HtmlText.escape(platform))
                .append("</span>"));
        for (String jurisdiction : jurisdictions) {
            html.append("<span class=\"heatmap-header\">").append(HtmlText.escape(jurisdiction)).append("</span>");
            for (String platform : platforms) {
                Optional<HeatCell> cell = Optional.ofNullable(cells.get(List.of(jurisdiction, platform)));
                if (cell.isEmpty()) {
                    html.append("<span class=\"heatmap-cell\"></span>");
                    continue;
                }
                HeatCell heat = cell.get();
                html.append("<a router-link class=\"heatmap-cell filled ")
                        .append(LevelBadge.colourClass(heat.level())).append("\" href=\"")
                        .append(HtmlText.escape(link(jurisdiction, platform, asOf))).append("\" title=\"")
                        // Latin-1 only in both languages (no dash, no curly apostrophe): the open view keeps this
                        // markup, and Java stores such text at one byte a character instead of two.
                        .append(HtmlText.escape(Texts.format(locale, "dashboard.heatmap.cell", heat.count(),
                                heat.level(), jurisdiction, platform))).append("\">")
                        .append(numbers.format(heat.count())).append("</a>");
            }
        }
        return html.append("</div>").toString();
    }

    /** Per key, the highest score among its cells and the number of concerns in them. */
    private static Map<String, long[]> rank(List<HeatCell> heat, Function<HeatCell, String> key) {
        Map<String, long[]> rank = new HashMap<>();
        for (HeatCell cell : heat) {
            long[] scores = rank.computeIfAbsent(key.apply(cell), k -> new long[2]);
            scores[0] = Math.max(scores[0], cell.maxScore());
            scores[1] += cell.count();
        }
        return rank;
    }

    /** The keys whose cells hold the highest levels, then the most concerns, at most {@code limit} of them. */
    private static List<String> mostSerious(Map<String, long[]> rank, int limit) {
        return rank.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, long[]> entry) -> entry.getValue()[0]).reversed()
                        .thenComparing(entry -> entry.getValue()[1], Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).sorted().toList();
    }

}
