package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a text field or area within the length its column allows without ever cutting what was typed or pasted. The
 * browser's own {@code maxlength} would silently drop the end of a paste, so it is not used: instead a counter under
 * the field ("3,812 / 4,000") follows the typing and says how many characters are too many, and the entity's
 * {@code @Size} refuses the save with a message next to the field. Text areas always show the counter; a one-line
 * field shows it once its text comes near the limit.
 */
public final class TextLimit {

    /** Class name of a field whose text is over its limit (its counter is shown as an error). */
    public static final String OVER = "text-over-limit";

    private static final double ONE_LINE_COUNTER_FROM = 0.8;

    private TextLimit() {
    }

    /**
     * Counts the characters of {@code field} against {@code max}. Call it after setting the field's helper text, which
     * is kept in front of the counter.
     */
    public static <C extends TextFieldBase<C, String>> C apply(C field, int max) {
        String hint = field.getHelperText();
        // Sent while typing, after a short pause, so the counter follows the text and not only its last save.
        field.setValueChangeMode(ValueChangeMode.LAZY);
        // Yet the last keystrokes must not wait out the pause when the user leaves the field at once (a click on Save
        // or on a menu link): a server listener on "change", fired as the field loses focus, makes Vaadin send the
        // pending value with it (flow#14035), before the click.
        field.getElement().addEventListener("change", committed -> { });
        int counterFrom = field instanceof TextArea ? 0 : (int) (max * ONE_LINE_COUNTER_FROM);
        field.addValueChangeListener(change -> show(field, max, counterFrom, hint));
        show(field, max, counterFrom, hint);
        return field;
    }

    /**
     * What the counter says for a text of {@code length} characters, in the user's language and number format:
     * "3,812 / 4,000", and how many are too many.
     */
    public static String counter(int length, int max) {
        int over = length - max;
        return over <= 0 ? Translations.text("base.text-limit.counter", length, max)
                : Translations.text("base.text-limit.over", length, max, over);
    }

    private static void show(TextFieldBase<?, String> field, int max, int counterFrom, @Nullable String hint) {
        int length = field.getValue() == null ? 0 : field.getValue().length();
        String counter = length >= counterFrom ? counter(length, max) : null;
        field.setHelperText(hint == null || hint.isBlank() ? counter
                : counter == null ? hint : hint + " · " + counter);
        field.setClassName(OVER, length > max);
    }
}
