package org.sovereigntywatch.timeline.ui;

import com.vaadin.flow.component.Html;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.timeline.EventAction;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The key to a timeline: one colour per family of actions (with the actions it covers), then what the shapes say.
 * One piece of HTML, the same on every page that draws a timeline.
 */
public final class TimelineLegend {

    private TimelineLegend() {
    }

    /** @param unpublished whether the user may see unpublished measures' steps, so whether to explain their style */
    public static Html of(boolean unpublished) {
        StringBuilder html = new StringBuilder("<div class=\"timeline-legend\">");
        for (EventAction.Family family : EventAction.Family.values()) {
            List<EventAction> actions = family.actions();
            String covered = actions.size() == 1 && actions.getFirst().label().equals(family.label()) ? ""
                    : actions.stream().map(action -> action.label().toLowerCase()).collect(Collectors.joining(", "));
            item(html, "point " + ActionBadge.familyClass(family), family.label(), covered);
        }
        item(html, "span family-other", "A month or a year", "");
        item(html, "point expected family-other", "Expected", "");
        item(html, "point expected cancelled family-other", "Did not happen", "");
        if (unpublished) {
            item(html, "point unpublished family-other", "Not published", "draft, in review or archived measure");
        }
        html.append("<span class=\"timeline-legend-item\"><span class=\"timeline-swatch-more\">+N</span>")
                .append("More steps than rows: point at it to list them</span>");
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
