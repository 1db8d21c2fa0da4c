package org.sovereigntywatch.history.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sovereigntywatch.history.ui.WordDiff.Change;
import org.sovereigntywatch.history.ui.WordDiff.Part;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The word diff a long text's change reads as: which words it lost and gained, with the spaces between them kept. */
class WordDiffTest {

    private static final String LONG = "The platform stores the data of foreign users in Singapore and the United "
            + "States, under contracts that its parent company says keep Chinese authorities from reading them.";

    @Test
    void an_unchanged_text_is_one_part_the_same() {
        assertThat(WordDiff.between(LONG, LONG)).containsExactly(new Part(Change.SAME, LONG));
    }

    @Test
    void a_word_replaced_in_a_long_text_reads_as_the_text_before_the_word_removed_the_word_added_the_text_after() {
        String after = LONG.replace("Singapore", "Virginia");

        assertThat(WordDiff.between(LONG, after)).extracting(Part::change, Part::text).containsExactly(
                tuple(Change.SAME, "The platform stores the data of foreign users in "),
                tuple(Change.REMOVED, "Singapore "),
                tuple(Change.ADDED, "Virginia "),
                tuple(Change.SAME, "and the United States, under contracts that its parent company says keep "
                        + "Chinese authorities from reading them."));
    }

    @Test
    void text_written_where_there_was_none_is_one_part_added() {
        assertThat(WordDiff.between("", "A first description.")).containsExactly(
                new Part(Change.ADDED, "A first description."));
        assertThat(WordDiff.between(null, "A first description.")).containsExactly(
                new Part(Change.ADDED, "A first description."));
    }

    @Test
    void a_text_emptied_is_one_part_removed() {
        assertThat(WordDiff.between("Gone now.", "")).containsExactly(new Part(Change.REMOVED, "Gone now."));
    }

    @Test
    void runs_of_changed_words_read_as_one_part_each() {
        assertThat(WordDiff.between("one two three four five", "one six seven four five"))
                .extracting(Part::change, Part::text).containsExactly(
                        tuple(Change.SAME, "one "),
                        tuple(Change.REMOVED, "two three "),
                        tuple(Change.ADDED, "six seven "),
                        tuple(Change.SAME, "four five"));
    }

    /** Whatever the change, the parts put back together give each version whole, to the last space and line break. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "The ban takes effect"                       | "The ban takes effect; the app goes dark"
            "The ban takes effect; the app goes dark"    | "The ban takes effect"
            "  Indented first line\\nsecond line"         | "Indented first line\\n\\nsecond  line, longer"
            "\\tTabbed\\n\\nTwo paragraphs\\n"             | "  Two paragraphs\\n\\n\\tTabbed"
            "a b c d e f"                                | "f e d c b a"
            "Words   with   wide   gaps"                 | "Words with wide gaps"
            "Trailing spaces   "                         | "   Leading spaces"
            "« Les données restent en Chine. »"          | "« Les données ne quittent pas la Chine. »"
            "same"                                       | "same"
            "x"                                          | "y"
            """)
    void the_same_and_removed_parts_give_the_old_text_and_the_same_and_added_parts_the_new_one(String was,
                                                                                               String is) {
        String before = unescape(was);
        String after = unescape(is);

        List<Part> parts = WordDiff.between(before, after);

        assertThat(join(parts, Change.SAME, Change.REMOVED)).isEqualTo(before);
        assertThat(join(parts, Change.SAME, Change.ADDED)).isEqualTo(after);
        assertThat(parts).allSatisfy(part -> assertThat(part.text()).isNotEmpty());
        // Neighbouring parts differ in kind: a run of one change reads as one.
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).change()).isNotEqualTo(parts.get(i - 1).change());
        }
    }

    private static String join(List<Part> parts, Change... kept) {
        List<Change> keep = List.of(kept);
        return parts.stream().filter(part -> keep.contains(part.change())).map(Part::text)
                .collect(Collectors.joining());
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\t", "\t");
    }
}
