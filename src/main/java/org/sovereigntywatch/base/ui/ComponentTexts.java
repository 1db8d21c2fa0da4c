package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/**
 * The words Vaadin's components carry of their own, in the reader's language: what a multi-select picker announces
 * to screen readers, a password field's reveal button, a time picker's refusals. Left alone, they are English.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static <T, P extends MultiSelectComboBox<T>> P translated(P picker) {
        picker.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(Translations.text("component.multi-select.cleared"))
                .setFocused(Translations.text("component.multi-select.focused"))
                .setSelected(Translations.text("component.multi-select.selected"))
                .setDeselected(Translations.text("component.multi-select.deselected"))
                // The component fills in {count} itself.
                .setTotal(Translations.text("component.multi-select.total", "{count}")));
        return picker;
    }

    public static PasswordField translated(PasswordField field) {
        // Flow's PasswordFieldI18n has no setter for the reveal button's name; the web component reads it here.
        field.getElement().setPropertyMap("i18n", Map.of("reveal", Translations.text("component.password.reveal")));
        return field;
    }

    public static TimePicker translated(TimePicker picker) {
        String example = LocalTime.of(14, 30)
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Translations.locale()));
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(Translations.text("component.time-picker.bad-input", example)));
        return picker;
    }
}
