package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Html;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.base.ui.Translations;
import org.sovereigntywatch.timeline.EventAction;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The key to a timeline: one colour per family of actions (with the actions it covers), then what the shapes say.
 * One piece of HTML, the same on every page that draws a timeline, in the language of the current UI.
 */
public final class TimelineLegend {

    private TimelineLegend() {
    }

    /** @param unpublished whether the user may see unpublished measures' steps, so whether to explain their style */
    public static Html of(boolean unpublished) {
        Locale locale = Translations.locale();
        StringBuilder html = new StringBuilder("<div class=\"timeline-legend\">");
        for (EventAction.Family family : EventAction.Family.values()) {
            List<String> actions = family.actions().stream().map(Translations::label).toList();
            String name = Translations.label(family);
            String covered = actions.size() == 1 && actions.getFirst().equals(name) ? ""
                    : actions.stream().map(action -> action.toLowerCase(locale)).collect(Collectors.joining(", "));
            item(html, "point " + ActionBadge.familyClass(family), name, covered);
        }
        item(html, "span family-other", Translations.text("timeline.legend.span"), "");
        item(html, "point expected family-other", Translations.text("timeline.legend.expected"), "");
        item(html, "point expected cancelled family-other", Translations.text("timeline.legend.cancelled"), "");
        if (unpublished) {
            item(html, "point unpublished family-other", Translations.text("timeline.legend.unpublished"),
                    Translations.text("timeline.legend.unpublished.detail"));
        }
        html.append("<span class=\"timeline-legend-item\"><span class=\"timeline-swatch-more\">+N</span>")
                .append(HtmlText.escape(Translations.text("timeline.legend.more"))).append("</span>");
        return new Html(html.append("</div>").toString());
    }

    private static void item(StringBuilder html, String swatchClasses, String label, String detail) {
        html.append("<span class=\"timeline-legend-item\"><span class=\"timeline-swatch ").append(swatchClasses)
                .append("\"></span>").append(HtmlText.escape(label));
        if (!detail.isEmpty()) {
            html.append(" <small>").append(HtmlText.escape(detail)).append("</small>");
        }
        html.append("</span>");
    }
}
