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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts a page shows (element text, labels, placeholders, helper and error texts, titles, grid headers, dialogs,
 * confirmations, notifications and tooltips), to check that a page reads wholly in one language: no key without a
 * text ({@code !{key}}) and, in French, nothing left that reads as a text of the English bundle, its arguments filled
 * in or not.
 */
public final class ShownTexts {

    /**
     * The properties that hold words: fields' and components' own, a dialog's and a confirmation's header, message and
     * buttons, a notification's or a tooltip's text.
     */
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "title", "accessibleName", "headerTitle", "header", "message", "confirmText", "cancelText", "rejectText",
            "text");
    /** A pattern's argument, choice formats included: {0}, {1,number,integer}, {0,choice,1#one|1<{0} more}. */
    private static final Pattern ARGUMENTS = Pattern.compile("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}");
    private static final Map<String, String> ENGLISH = TranslationBundlesTest.load("translations.properties");
    private static final Map<String, String> FRENCH = TranslationBundlesTest.load("translations_fr.properties");

    /**
     * The English texts French writes otherwise, each as a pattern its arguments may fill ("Saved “{0}”" matches
     * "Saved “TikTok ban”"); a text whose own words are all short ("{0} of {1}") could be a record's words, and one
     * that is only arguments tells no language, so both are left out.
     */
    private static final List<Pattern> ENGLISH_TEXTS = ENGLISH.entrySet().stream()
            .filter(text -> !text.getValue().equals(FRENCH.get(text.getKey())))
            .map(Map.Entry::getValue)
            .filter(text -> !FRENCH.containsValue(text))
            .filter(text -> ARGUMENTS.matcher(text).replaceAll("").matches("(?s).*\\p{L}{4}.*"))
            .map(ShownTexts::pattern)
            .toList();

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
        List<String> english = shown.stream().flatMap(text -> ENGLISH_TEXTS.stream()
                .filter(pattern -> pattern.matcher(text).matches()).map(pattern -> text + " (as " + pattern + ")"))
                .toList();
        assertThat(english).as("texts shown that are English").isEmpty();
    }

    /** A text of the bundle as a pattern its arguments may fill; a choice is taken as any words. */
    private static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher argument = ARGUMENTS.matcher(text);
        int last = 0;
        while (argument.find()) {
            regex.append(Pattern.quote(text.substring(last, argument.start()))).append(".*");
            last = argument.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(text.substring(last))).toString(), Pattern.DOTALL);
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            // A text node has no properties, attributes or children (nor the features that would hold them).
            texts.add(element.getText());
            return;
        }
        Stream.concat(PROPERTIES.stream().map(element::getProperty),
                        Stream.of(element.getAttribute("aria-label"), element.getAttribute("title")))
                .filter(Objects::nonNull).forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
        // Dialogs and notifications are attached as virtual children of the UI (text nodes have none).
        if (element.getNode().hasFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)) {
            element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                    .ifPresent(virtual -> virtual.forEachChild(node -> collect(Element.get(node), texts)));
        }
    }
}
