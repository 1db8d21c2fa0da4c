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
 * the app's shell with a way back, instead of Vaadin's default page that lists every route.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, TitledView {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found-view");
        // A view's own message is in the user's language already ("There is no concern 12 that you may see").
        add(new H2(getTranslation("error.not-found.heading")),
                new Paragraph(parameter.hasCustomMessage() ? parameter.getCustomMessage()
                        : getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("base.back-to-dashboard")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String titleKey() {
        return "not-found.title";
    }
}
