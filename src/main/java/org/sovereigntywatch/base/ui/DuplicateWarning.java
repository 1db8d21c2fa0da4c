package org.sovereigntywatch.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Warns, before a save, that what is being recorded looks like something already recorded, with a link to each
 * match; it never blocks. The first save of given values that has matches stops and shows them; saving the same
 * values again goes ahead, since the user has seen the warning and means it.
 */
public class DuplicateWarning extends Composite<Div> {

    private @Nullable Object warnedAbout;

    public DuplicateWarning() {
        getContent().addClassName("duplicate-warning");
        getContent().getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * Whether the save of {@code values} may go ahead: yes when nothing matches, or when the user was already warned
     * about these same values; otherwise shows the matches and says no.
     *
     * @param values  what identifies the item being saved (its normalised title and jurisdiction…)
     * @param lead    what matched, before the links, in the user's language: "A measure with this title is already
     *                recorded for US:"
     * @param matches a link (or a line with one) for each likely duplicate
     */
    public boolean allowSave(Object values, String lead, List<? extends Component> matches) {
        if (matches.isEmpty()) {
            clear();
            return true;
        }
        if (values.equals(warnedAbout)) {
            return true;
        }
        warnedAbout = values;
        getContent().removeAll();
        getContent().add(new Span(lead));
        matches.forEach(match -> {
            Div line = new Div(match);
            line.addClassName("duplicate-match");
            getContent().add(line);
        });
        getContent().add(new Span(getTranslation("base.duplicate.save-anyway")));
        setVisible(true);
        return false;
    }

    /** Hides the warning and forgets what it warned about (another item is being edited). */
    public void clear() {
        warnedAbout = null;
        getContent().removeAll();
        setVisible(false);
    }
}
