package org.sovereigntywatch;

import org.junit.jupiter.api.Test;
import org.sovereigntywatch.base.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources keep every user-visible text in the translations: no view holds a hard-coded text, every key the code
 * names has a text in the bundle, and every text of the bundle is named by the code. A source scan, since a compiled class no longer tells a text from a key.
 */
class TranslatedSourcesTest {

    private static final Path MAIN = Path.of("src/main/java/org/sovereigntywatch");

    /** A string literal, with its escapes; text blocks are read as one literal each. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    /** Text a person reads: a capitalised word, or two words. */
    private static final Pattern WORDS = Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{Ll}+|\\p{L}{2,}\\s+\\p{L}{2,}");
    /** CSS classes: lower-case names with a hyphen among them, or added to others (" expected cancelled"). */
    private static final Pattern CLASSES = Pattern.compile("(?=.*-| )\\s?[a-z0-9-]+( [a-z0-9-]+)*");
    /** A translation key ({@code concern.form.title}, {@code enum.RiskLevel.HIGH}). */
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)+");

    /**
     * Lines whose literals are not shown as text, each for a reason: CSS (class names, styles), markup and scripts
     * the server writes (their texts come in as arguments), messages for developers and the log, and the addresses
     * and icons of annotations.
     */
    private static final List<Pattern> NOT_TEXT = Stream.of(
            "getStyle\\(\\)", "addClassNames?\\(", "setClassName\\(", "addThemeVariants?\\(", "setThemeName\\(",
            "getThemeList\\(\\)", "\"theme\"", "Theme\\(", "\"rel\"",
            "executeJs\\(", "callJsFunction\\(",
            "\\blog\\.|\\bLOG\\.|logged\\(", "new Illegal(State|Argument)Exception\\(", "new UnsupportedOperationException\\(",
            "@Route\\(", "@Menu\\(", "@RouteAlias\\(", "DateTimeFormatter\\.ofPattern\\(")
            .map(Pattern::compile).toList();

    @Test
    void no_view_holds_a_hard_coded_user_visible_text() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/ui/"))
                    .forEach(file -> found.addAll(hardCodedTexts(file)));
        }
        assertThat(found).as("user-visible texts written in views instead of the translations").isEmpty();
    }

    @Test
    void every_key_the_code_names_has_a_text() throws IOException {
        Pattern named = Pattern.compile("(?:getTranslation|Translations\\.text|Texts\\.format\\([^,()]+,|new Text"
                + "|new FieldErrorException\\([^,()]+,|new WorkflowException|new RefusedException|titleKey\\(\\) \\{\\s*return"
                + "|title =)\\s*\\(?\\s*\"([^\"]+)\"|message = \"\\{([^\"}]+)}\"");
        ResourceBundle english = Texts.bundle(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        sources().forEach((file, source) -> {
            Matcher key = named.matcher(source);
            while (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                // A key ending in a dot is completed at run time ("bulk.done." + action): not checked here.
                if (!name.endsWith(".") && !english.containsKey(name)) {
                    missing.add(MAIN.relativize(file) + ": " + name);
                }
            }
        });
        assertThat(missing).as("keys named in the code without a text").isEmpty();
    }

    /**
     * A text nobody names is dead weight that translators keep translating. A key counts as named when the code holds
     * it, or one of its parents completed at run time ({@code "login.failed"} names {@code login.failed.title},
     * {@code "report." + name} names {@code report.events.description}); enum labels are checked against the enums in
     * {@code TranslationBundlesTest}.
     */
    @Test
    void every_text_is_named_by_the_code() throws IOException {
        Set<String> literals = new HashSet<>();
        sources().values().forEach(source -> {
            Matcher literal = LITERAL.matcher(source);
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                literals.add(text.replaceAll("^\\{|}$", ""));
            }
        });
        List<String> unnamed = Texts.bundle(Locale.ENGLISH).keySet().stream()
                .filter(key -> !key.startsWith("enum."))
                .filter(key -> Stream.iterate(key, name -> !name.isEmpty(),
                                name -> name.substring(0, Math.max(name.lastIndexOf('.'), 0)))
                        .noneMatch(name -> literals.contains(name) || literals.contains(name + ".")))
                .sorted().toList();
        assertThat(unnamed).as("texts no code names").isEmpty();
    }

    /** Each main source file with its comments blanked out. */
    private static Map<Path, String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.toMap(file -> file, file -> withoutComments(read(file))));
        }
    }

    private static List<String> hardCodedTexts(Path file) {
        List<String> found = new ArrayList<>();
        String[] lines = withoutComments(read(file)).split("\n", -1);
        for (int number = 0; number < lines.length; number++) {
            String line = lines[number];
            if (NOT_TEXT.stream().anyMatch(rule -> rule.matcher(line).find())) {
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                if (isText(text)) {
                    found.add(MAIN.relativize(file) + ":" + (number + 1) + ": \"" + text + "\"");
                }
            }
        }
        return found;
    }

    /** Words a person reads, not a key, and not markup (whose words come in as arguments). */
    private static boolean isText(String literal) {
        return WORDS.matcher(literal).find() && !KEY.matcher(literal).matches() && !CLASSES.matcher(literal).matches()
                && !literal.startsWith("<") && !literal.contains("=\\\"") && !literal.contains("=\"");
    }

    /** The source with its comments blanked out (line breaks kept, so line numbers hold). */
    private static String withoutComments(String source) {
        StringBuilder kept = new StringBuilder(source.length());
        Matcher part = Pattern.compile("\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)'|/\\*.*?\\*/|//[^\\n]*",
                Pattern.DOTALL).matcher(source);
        int last = 0;
        while (part.find()) {
            kept.append(source, last, part.start());
            String match = part.group();
            kept.append(match.startsWith("/") ? match.replaceAll("[^\\n]", " ") : match);
            last = part.end();
        }
        return kept.append(source.substring(last)).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
