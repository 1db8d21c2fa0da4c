package org.sovereigntywatch.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import org.sovereigntywatch.source.Source;

/**
 * A source as pages show it: a link to its web address, opened in a new tab that gets no hold on this page; a source
 * cited without an address as plain text, since there is nothing to open.
 */
public final class SourceLink {

    private SourceLink() {
    }

    public static Component of(Source source) {
        String url = source.getUrl();
        if (url == null) {
            Span citation = new Span(source.label());
            citation.addClassName("source-citation");
            return citation;
        }
        Anchor link = new Anchor(url, source.label(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
