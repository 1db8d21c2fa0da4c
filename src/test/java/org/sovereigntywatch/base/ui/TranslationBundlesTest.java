package org.sovereigntywatch.base.ui;

import org.sovereigntywatch.base.Texts;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles of texts stay in step: French has exactly the English keys, a variant only overrides keys the base
 * has, every text takes the same arguments in every language, and each reads as a valid pattern.
 */
class TranslationBundlesTest {

    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static final Map<String, String> ENGLISH = load("translations.properties");

    @Test
    void french_has_exactly_the_english_keys() {
        assertThat(load("translations_fr.properties").keySet()).containsExactlyElementsOf(ENGLISH.keySet());
    }

    @Test
    void american_english_only_overrides_keys_the_base_has() {
        assertThat(ENGLISH.keySet()).containsAll(load("translations_en_US.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations_fr.properties", "translations_en_US.properties"})
    void every_text_takes_the_arguments_its_english_takes(String file) {
        load(file).forEach((key, text) -> assertThat(arguments(text))
                .as("arguments of %s in %s", key, file).isEqualTo(arguments(ENGLISH.get(key))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_fr.properties", "translations_en_US.properties"})
    void every_text_is_a_valid_pattern_without_a_lone_ascii_apostrophe(String file) {
        load(file).forEach((key, text) -> {
            assertThat(text).as("%s in %s", key, file).isNotBlank().doesNotContainPattern(APOSTROPHE);
            if (!NAMED.matcher(text).find()) {
                assertThat(new MessageFormat(text).toPattern()).as("%s in %s", key, file).isNotNull();
            }
        });
    }

    @Test
    void an_enum_with_labels_has_a_label_for_every_constant() {
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sovereigntywatch")) {
            if (type.isEnum()) {
                Set<String> keys = Arrays.stream(type.reflect().getEnumConstants())
                        .map(constant -> Texts.labelKey((Enum<?>) constant))
                        .collect(Collectors.toCollection(TreeSet::new));
                if (keys.stream().anyMatch(ENGLISH::containsKey)) {
                    assertThat(ENGLISH.keySet()).as(type.getName()).containsAll(keys);
                }
            }
        }
    }

    /** An item's history shows each recorded value in words, so every enum an audited item keeps is labelled. */
    @Test
    void every_enum_an_audited_item_keeps_is_labelled() {
        Set<String> unlabelled = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sovereigntywatch")) {
            if (!type.isAnnotatedWith(Audited.class)) {
                continue;
            }
            for (JavaField field : type.getFields()) {
                for (Class<?> kept : keptTypes(field.reflect().getGenericType())) {
                    if (kept.isEnum()) {
                        Arrays.stream(kept.getEnumConstants()).map(constant -> Texts.labelKey((Enum<?>) constant))
                                .filter(key -> !ENGLISH.containsKey(key)).forEach(unlabelled::add);
                    }
                }
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    /** A field's type, and its elements' for a collection of them. */
    private static List<Class<?>> keptTypes(Type type) {
        return switch (type) {
            case Class<?> plain -> List.of(plain);
            case ParameterizedType generic -> Arrays.stream(generic.getActualTypeArguments())
                    .flatMap(argument -> keptTypes(argument).stream()).toList();
            default -> List.of();
        };
    }

    /**
     * A text's arguments: the names a validation message fills in ({@code {max}}), or the numbered arguments of a
     * pattern with how each is formatted ({@code 0 number}).
     */
    private static Set<String> arguments(String text) {
        Matcher named = NAMED.matcher(text);
        if (named.find()) {
            return named.reset().results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
        }
        MessageFormat format = new MessageFormat(text);
        Set<String> arguments = new TreeSet<>();
        var formats = format.getFormatsByArgumentIndex();
        for (int index = 0; index < formats.length; index++) {
            arguments.add(index + (formats[index] == null ? "" : " " + formats[index].getClass().getSimpleName()));
        }
        return arguments;
    }

    static Map<String, String> load(String file) {
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
