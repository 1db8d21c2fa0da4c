package org.sovereigntywatch.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The mark of a page showing the record as it stood at a past moment: what it shows and that it is read-only, with
 * the way back to the present.
 */
public class AsOfBanner extends Div {

    private final Span text = new Span();
    private final String textKey;

    /**
     * @param textKey the key of what the page shows, with the moment as {0}: "The register as it stood on {0}"
     * @param toNow   leaves the past for the present
     */
    public AsOfBanner(String textKey, Runnable toNow) {
        this.textKey = textKey;
        Button now = new Button(getTranslation("history.as-of.now"), click -> toNow.run());
        now.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClassName("as-of-banner");
        getElement().setAttribute("role", "status");
        add(text, now);
        setVisible(false);
    }

    /** Shows the banner for {@code moment}, or hides it for null: the page shows the present. */
    public void show(@Nullable Instant moment) {
        if (moment != null) {
            text.setText(getTranslation(textKey, moment) + " " + getTranslation("history.as-of.read-only"));
        }
        setVisible(moment != null);
    }

    public void hide() {
        setVisible(false);
    }
}
