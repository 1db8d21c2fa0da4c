package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;

import java.util.List;
import java.util.stream.Stream;

/**
 * The keyboard shortcut that saves a form: Ctrl+Enter, or ⌘+Enter on a Mac. Plain Enter is left to the fields, so it
 * starts a new line in a text area and confirms a date in a date picker instead of saving the whole form.
 */
public final class SaveShortcut {

    /** How the shortcut is named to users, in the save button's tooltip. */
    public static final String KEYS = "Ctrl+Enter or ⌘+Enter";

    private SaveShortcut() {
    }

    /**
     * Lets Ctrl+Enter and ⌘+Enter typed anywhere inside {@code scope} click {@code save}.
     *
     * @return the two registrations, one per modifier
     */
    public static List<ShortcutRegistration> register(Button save, Component scope) {
        save.setTooltipText(save.getText() + " (" + KEYS + ")");
        return Stream.of(KeyModifier.CONTROL, KeyModifier.META)
                .map(modifier -> save.addClickShortcut(Key.ENTER, modifier)
                        .listenOn(scope)
                        // Makes the browser send the focused field's value first (a text area sends it when it
                        // loses focus), so the save takes what the field shows, not what it held before.
                        .resetFocusOnActiveElement())
                .toList();
    }
}
