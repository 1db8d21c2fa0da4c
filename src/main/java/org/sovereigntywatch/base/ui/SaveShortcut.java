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

    private SaveShortcut() {
    }

    /**
     * Lets Ctrl+Enter and ⌘+Enter typed anywhere inside {@code scope} click {@code save}.
     *
     * @return the two registrations, one per modifier
     */
    public static List<ShortcutRegistration> register(Button save, Component scope) {
        // The tooltip names the shortcut after the button's text: "Save (Ctrl+Enter or ⌘+Enter)".
        save.setTooltipText(Translations.text("base.save-shortcut.tooltip", save.getText()));
        return Stream.of(KeyModifier.CONTROL, KeyModifier.META)
                .map(modifier -> save.addClickShortcut(Key.ENTER, modifier)
                        .listenOn(scope)
                        // Makes the browser send the focused field's value first (a text area sends it when it
                        // loses focus), so the save takes what the field shows, not what it held before.
                        .resetFocusOnActiveElement())
                .toList();
    }
}
