package org.sovereigntywatch.base.ui;

import org.sovereigntywatch.base.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts a page shows (element text, labels, placeholders, helper and error texts, titles, grid headers), to check
 * that a page reads wholly in one language: no key without a text ({@code !{key}}) and, in French, nothing left that
 * reads as a text of the English bundle.
 */
public final class ShownTexts {

    private static final List<String> PROPERTIES =
            List.of("label", "placeholder", "helperText", "errorMessage", "title", "accessibleName");
    private static final Map<String, String> ENGLISH = TranslationBundlesTest.load("translations.properties");
    private static final Map<String, String> FRENCH = TranslationBundlesTest.load("translations_fr.properties");

    private ShownTexts() {
    }

    /** Every text the current UI shows. */
    public static List<String> of(UI ui) {
        List<String> texts = new ArrayList<>();
        collect(ui.getElement(), texts);
        _find(Grid.class).forEach(grid -> ((Grid<?>) grid).getColumns().stream().map(Grid.Column::getHeaderText)
                .filter(Objects::nonNull).forEach(texts::add));
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    /** Every text these parts of a page show (with their grids' headers and the dialogs they opened, if passed). */
    public static List<String> of(Component... parts) {
        List<String> texts = new ArrayList<>();
        for (Component part : parts) {
            collect(part.getElement(), texts);
            _find(part, Grid.class).forEach(grid -> ((Grid<?>) grid).getColumns().stream()
                    .map(Grid.Column::getHeaderText).filter(Objects::nonNull).forEach(texts::add));
        }
        return texts.stream().map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    /**
     * Asserts that the current page shows no missing text and no English text the French bundle translates (a word
     * both languages write alike, such as « Action » or « Report », is French too).
     */
    public static void assertReadsInFrench() {
        assertFrench(of(UI.getCurrent()));
    }

    /**
     * Asserts the same of these parts of the page only (a panel, a bar, a dialog), for a page whose other parts are
     * not this test's concern.
     */
    public static void assertReadsInFrench(Component... parts) {
        assertFrench(of(parts));
    }

    private static void assertFrench(List<String> shown) {
        assertThat(shown).as("texts shown").isNotEmpty().noneMatch(text -> text.contains(Texts.MISSING));
        List<String> english = ENGLISH.entrySet().stream()
                .filter(text -> !text.getValue().equals(FRENCH.get(text.getKey())))
                .map(Map.Entry::getValue)
                .filter(text -> !text.contains("{") && !FRENCH.containsValue(text))
                .toList();
        assertThat(shown).as("texts shown that are English").noneMatch(english::contains);
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            // A text node has no properties, attributes or children (nor the features that would hold them).
            texts.add(element.getText());
            return;
        }
        Stream.concat(PROPERTIES.stream().map(element::getProperty), Stream.of(element.getAttribute("aria-label")))
                .filter(Objects::nonNull).forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
        // Dialogs and notifications are attached as virtual children of the UI (text nodes have none).
        if (element.getNode().hasFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)) {
            element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                    .ifPresent(virtual -> virtual.forEachChild(node -> collect(Element.get(node), texts)));
        }
    }
}
