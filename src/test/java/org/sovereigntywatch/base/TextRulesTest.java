package org.sovereigntywatch.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereigntywatch.base.UserTexts.english;
import static org.sovereigntywatch.base.UserTexts.french;

/** What a stored text may hold, on one line or on several, and what the message says when it may not. */
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Xiaohongshu « Petit Livre Rouge »", "小红书", "नेपाल", "👩‍💻 emoji with a joiner",
            "Ünïcödé with a soft\u00ADhyphen", ""})
    void any_printable_text_is_fine_on_one_line_and_on_several(String text) {
        assertThat(TextRules.problemInLine(text)).isEmpty();
        assertThat(TextRules.problemInLines(text)).isEmpty();
    }

    @Test
    void tabs_and_line_breaks_are_kept_in_multi_line_text_but_named_in_a_one_line_field() {
        assertThat(TextRules.problemInLines("\tIndented\r\nnext line\n\nafter a blank line\u2028")).isEmpty();
        assertThat(TextRules.problemInLine("Title\twith a tab").map(UserTexts::english))
                .contains("Remove the tab (character 6): this field holds a single line");
        assertThat(TextRules.problemInLine("Two\nlines").map(UserTexts::english))
                .contains("Remove the line break (character 4): this field holds a single line");
    }

    @Test
    void a_control_character_is_named_with_its_code_and_place_counting_characters_not_utf16_units() {
        assertThat(TextRules.problemInLines("😀 NUL\u0000").map(UserTexts::english))
                .contains("Remove the invisible control character U+0000 (character 6): it cannot be saved");
        assertThat(TextRules.problemInLine("Bell\u0007").map(UserTexts::english)).contains(
                "Remove the invisible control character U+0007 (character 5): it cannot be saved");
        assertThat(TextRules.problemInLines("C1 control \u0085 and DEL \u007F").map(UserTexts::english)).get()
                .asString().contains("U+0085 (character 12)");
    }

    @Test
    void half_of_a_surrogate_pair_is_a_broken_character() {
        assertThat(TextRules.problemInLines("broken \uD83D end").map(UserTexts::english))
                .contains("Remove the broken character (character 8): it is half of a character and cannot be saved");
    }

    @Test
    void a_french_reader_is_told_which_character_to_remove_and_where_in_french() {
        assertThat(french(TextRules.problemInLine("Titre\tavec tabulation").orElseThrow()))
                .isEqualTo("Supprimez la tabulation (caractère n° 6) : ce champ tient sur une seule ligne");
        assertThat(french(TextRules.problemInLines("Échappement \u001B[31m").orElseThrow())).isEqualTo(
                "Supprimez le caractère de contrôle invisible U+001B (caractère n° 13) : il ne peut pas être enregistré");
    }

    @Test
    void a_violation_of_the_text_constraints_is_worded_from_the_value_and_no_other_message_is() {
        assertThat(TextRules.problemOfViolation(PlainText.MESSAGE, "Two\nlines").map(UserTexts::english))
                .contains("Remove the line break (character 4): this field holds a single line");
        assertThat(TextRules.problemOfViolation(MultiLineText.MESSAGE, "Two\nlines")).isEmpty();
        assertThat(TextRules.problemOfViolation(MultiLineText.MESSAGE, "NUL\u0000").map(UserTexts::english))
                .contains("Remove the invisible control character U+0000 (character 4): it cannot be saved");
        assertThat(TextRules.problemOfViolation("{concern.title.required}", "Two\nlines")).isEmpty();
        assertThat(TextRules.problemOfViolation(PlainText.MESSAGE, 42)).isEmpty();
        assertThat(english(new Text("base.text.plain"))).isEqualTo("Remove the tabs, line breaks and control characters");
    }

    @Test
    void search_words_lose_what_no_stored_text_holds_and_the_case() {
        assertThat(TextRules.forSearch("  Tik\u0000Tok\tBAN \uD83D")).isEqualTo("tik tok ban");
        assertThat(TextRules.cannotBeStored("US\u0000")).isTrue();
        assertThat(TextRules.cannotBeStored("US")).isFalse();
    }
}
