package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * What a feature adds to {@link MainLayout}'s header, before the language choice (notifications add their bell), as a
 * Spring bean: the shell then shows it without knowing the feature. It builds a new component for each page, since a
 * component belongs to one UI.
 */
public interface NavbarItem {

    /** The component to show, or empty when there is nothing to show (nobody signed in). */
    Optional<Component> build();
}
