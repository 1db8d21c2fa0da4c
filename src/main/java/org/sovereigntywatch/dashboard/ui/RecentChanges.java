package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.base.ui.HtmlText;
import org.sovereigntywatch.dashboard.DashboardService.Change;
import org.sovereigntywatch.history.ui.AsOfField;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The concerns and measures changed last: what, its state then, who and when (in the browser's time zone). One piece
 * of HTML rather than a component per line, so that an open dashboard stays light.
 */
class RecentChanges extends Composite<Div> {

    /** @param asOf the past moment the changes are the last of, which the links carry; null for now */
    RecentChanges(List<Change> changes, @Nullable Instant asOf) {
        String past = asOf == null ? "" : "?" + AsOfField.PARAMETER + "=" + URLEncoder.encode(asOf.toString(),
                StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder("<ul class=\"recent-changes\">");
        for (Change change : changes) {
            boolean concern = change.kind().equals(Change.CONCERN);
            html.append("<li><a href=\"").append(concern ? "concerns/" : "measures/")
                    .append(change.id()).append(past).append("\">").append(HtmlText.escape(change.title()))
                    .append("</a><span class=\"recent-meta\">")
                    .append(HtmlText.escape(getTranslation("dashboard.recent.meta",
                            getTranslation(concern ? "dashboard.recent.concern" : "dashboard.recent.measure"),
                            change.state(), change.by(), BrowserTime.format(change.at()))))
                    .append("</span></li>");
        }
        if (changes.isEmpty()) {
            html.append("<li><p>").append(HtmlText.escape(getTranslation("dashboard.recent.empty")))
                    .append("</p></li>");
        }
        getContent().add(new Html(html.append("</ul>").toString()));
    }
}
