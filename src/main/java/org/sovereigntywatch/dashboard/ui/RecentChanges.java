package org.sovereigntywatch.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.sovereigntywatch.base.ui.BrowserTime;
import org.sovereigntywatch.dashboard.DashboardService.Change;

import java.util.List;

/** The concerns and measures changed last: what, its state now, who and when (in the browser's time zone). */
class RecentChanges extends Composite<UnorderedList> {

    RecentChanges(List<Change> changes) {
        UnorderedList list = getContent();
        list.addClassName("recent-changes");
        for (Change change : changes) {
            Anchor title = new Anchor((change.kind().equals("concern") ? "concerns/" : "measures/") + change.id(),
                    change.title());
            Span meta = new Span(change.kind() + " · " + change.state() + " · " + change.by() + " · "
                    + BrowserTime.format(change.at()));
            meta.addClassName("recent-meta");
            list.add(new ListItem(title, meta));
        }
        if (changes.isEmpty()) {
            list.add(new ListItem(new Paragraph("Nothing yet.")));
        }
    }
}
