package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;

/** The top of a view: its title on the left, its filters and actions on the right, wrapping on a narrow screen. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... components) {
        H1 heading = new H1(title);
        heading.addClassName("view-title");
        Div actions = new Div(components);
        actions.addClassName("view-actions");
        getContent().addClassName("view-toolbar");
        getContent().add(heading, actions);
    }
}
