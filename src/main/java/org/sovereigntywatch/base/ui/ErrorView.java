package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of a view that failed to open. Vaadin picks the most specific error view, so "not found" and "access
 * denied" keep their own; this one catches the rest and says so plainly, with the details in the log.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, TitledView {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        add(new H2(getTranslation("error.title")),
                new Paragraph(FriendlyErrorHandler.messageFor(parameter.getException())));
        addClassName("error-view");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String titleKey() {
        return "error.title";
    }
}
