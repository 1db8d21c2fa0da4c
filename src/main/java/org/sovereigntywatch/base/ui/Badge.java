package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

import java.util.Arrays;

/**
 * A small coloured label: a risk level, a publication state, an event's action. Its look is the class {@code badge}
 * and a variant, the classes that name its colour ({@code level-high}, {@code state-in-review},
 * {@code action family-court expected}), all styled in styles.css. It comes in three forms with the same classes: this
 * component, a grid column {@linkplain #renderer renderer} drawn in the browser, and {@linkplain #html HTML} for the
 * pieces of HTML the server writes itself.
 */
public class Badge extends Span {

    private static final String CLASS_NAME = "badge";

    private String variant = "";

    /** A badge hidden until {@link #show} gives it its text and colour: an empty one would show as a grey dot. */
    public Badge() {
        addClassName(CLASS_NAME);
        setVisible(false);
    }

    public Badge(String text, String variant) {
        this();
        show(text, variant);
    }

    /** Shows another text in another colour; other classes given to the badge stay. */
    public void show(String text, String variant) {
        setText(text);
        setVisible(true);
        removeClassNames(words(this.variant));
        addClassNames(words(variant));
        this.variant = variant;
    }

    /** The classes of a badge of this variant, for HTML written elsewhere: {@code "badge state-draft"}. */
    public static String classNames(String variant) {
        return variant.isBlank() ? CLASS_NAME : CLASS_NAME + " " + variant.strip();
    }

    /**
     * A grid column's badges, drawn in the browser from two values per row: one component per cell would weigh on a
     * long grid.
     */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, String> text, ValueProvider<T, String> variant) {
        return LitRenderer.<T>of("<span class=${item.badgeClasses}>${item.badgeText}</span>")
                .withProperty("badgeClasses", row -> classNames(variant.apply(row)))
                .withProperty("badgeText", text);
    }

    /** The badge as HTML, its text escaped: for a piece of HTML the server writes, such as a list of many lines. */
    public static String html(String text, String variant) {
        return "<span class=\"" + HtmlText.escape(classNames(variant)) + "\">" + HtmlText.escape(text) + "</span>";
    }

    private static String[] words(String classes) {
        return Arrays.stream(classes.strip().split("\\s+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }
}
