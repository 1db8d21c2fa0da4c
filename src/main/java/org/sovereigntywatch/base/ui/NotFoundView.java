package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere, or to an item the user may not see (views say so without telling which). Shown in
 * the app's shell with a way back, instead of Vaadin's default page that lists every route. It shows only texts of
 * ours, in the reader's language: a view's own message given by {@link #reroute}, else its own; never the router's
 * ("Couldn't find route for 'xyz'"), which is English and meant for developers.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, TitledView {

    /**
     * Shows this page instead of the view being entered, saying {@code message}: written in the reader's language by
     * the view ("There is no concern 12 that you may see").
     */
    public static void reroute(BeforeEnterEvent event, String message) {
        event.rerouteToError(new Explained(message), message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found-view");
        add(new H2(getTranslation("error.not-found.heading")),
                new Paragraph(parameter.getException() instanceof Explained ? parameter.getCustomMessage()
                        : getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("base.back-to-dashboard")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A view's not-found, with its message for the reader: what tells it from the router's own. */
    private static final class Explained extends NotFoundException {

        Explained(String message) {
            super(message);
        }
    }

    @Override
    public String titleKey() {
        return "not-found.title";
    }
}
