package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opened a view their role does not allow (visitors who are not signed in go to the login page
 * instead). Says so plainly, in the app's shell, with a way back.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, TitledView {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("not-found-view");
        add(new H2(getTranslation("access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor("", getTranslation("base.back-to-dashboard")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String titleKey() {
        return "access-denied.title";
    }
}
