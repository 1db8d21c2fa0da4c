package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.dashboard.DashboardService.Change;

import java.util.List;

/**
 * The concerns and measures changed last: what, its state now, who and when (in the browser's time zone). One piece
 * of HTML rather than a component per line, so that an open dashboard stays light.
 */
class RecentChanges extends Composite<Div> {

    RecentChanges(List<Change> changes) {
        StringBuilder html = new StringBuilder("<ul class=\"recent-changes\">");
        for (Change change : changes) {
            html.append("<li><a href=\"").append(change.kind().equals("concern") ? "concerns/" : "measures/")
                    .append(change.id()).append("\">").append(HtmlText.escape(change.title()))
                    .append("</a><span class=\"recent-meta\">").append(HtmlText.escape(change.kind() + " · "
                            + change.state() + " · " + change.by() + " · " + BrowserTime.format(change.at())))
                    .append("</span></li>");
        }
        if (changes.isEmpty()) {
            html.append("<li><p>Nothing yet.</p></li>");
        }
        getContent().add(new Html(html.append("</ul>").toString()));
    }
}
