package org.sovereigntywatch.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sovereigntywatch.base.Texts;
import org.sovereigntywatch.base.UserMessage;
import org.sovereigntywatch.source.SourceCell.Address;
import org.sovereigntywatch.source.SourceCell.Citation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a source is written in one cell and read back: an address, or a citation without one. */
class SourceCellTest {

    @Test
    void a_web_address_is_an_address_normalized_as_the_form_stores_it() {
        assertThat(SourceCell.parse("https://www.example.org/news/1"))
                .isEqualTo(new Address("https://www.example.org/news/1"));
        assertThat(SourceCell.parse("\u00A0https://example.org/search?q=\"ban\" <TikTok>\u200B"))
                .isEqualTo(new Address("https://example.org/search?q=%22ban%22%20%3CTikTok%3E"));
        assertThat(SourceCell.parse("HTTPS://例え。jp/a").text()).isEqualTo("HTTPS://例え.jp/a");
        assertThat(new Address("https://example.org/a b").url())
                .isEqualTo(new Source("P", "T", "https://example.org/a b").getUrl());
    }

    @Test
    void a_citation_is_split_into_publisher_and_title_at_the_first_spaced_em_dash() {
        assertThat(SourceCell.parse("Reuters — TikTok ban blocked by judge"))
                .isEqualTo(new Citation("Reuters", "TikTok ban blocked by judge"));
        assertThat(SourceCell.parse("Reuters — TikTok — the ban that was not"))
                .isEqualTo(new Citation("Reuters", "TikTok — the ban that was not"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Executive Order 13942", "TikTok—ByteDance deal", "Le Monde - TikTok", "Le Monde – TikTok",
            "— TikTok", "JavaScript: The Good Parts", "Note: the ban", "Reuters —"})
    void a_citation_without_a_spaced_em_dash_is_a_title_alone(String text) {
        assertThat(SourceCell.parse(text)).isEqualTo(new Citation(null, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Reuters — TikTok ban  ", "Reuters\u00A0—\u00A0TikTok ban", "\uFEFFReuters — TikTok ban\u200B",
            "Reuters —\nTikTok ban", "Reuters\t—\tTikTok ban", "\r\nReuters — TikTok ban\r\n", "Reuters\u0000 — TikTok ban"})
    void spaces_line_breaks_and_control_characters_around_and_between_the_parts_are_tidied(String text) {
        assertThat(SourceCell.parse(text)).isEqualTo(new Citation("Reuters", "TikTok ban"));
    }

    @Test
    void a_line_break_inside_a_title_becomes_a_space() {
        assertThat(SourceCell.parse("Executive Order\n13942")).isEqualTo(new Citation(null, "Executive Order 13942"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "  javascript:alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
            "ftp://example.org/file", "mailto:press@example.org", "//evil.example/page", "view-source:https://a.example"})
    void an_address_that_is_not_http_or_https_is_refused_and_never_kept_as_a_citation(String text) {
        assertThatThrownBy(() -> SourceCell.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“" + text.strip() + "” is not a web address: only http and https addresses are kept");
    }

    @Test
    void an_address_starting_with_www_is_refused_with_the_address_to_write_instead() {
        assertThatThrownBy(() -> SourceCell.parse("www.example.org/tiktok"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“www.example.org/tiktok” is not a web address: only http and https addresses are kept, "
                        + "as in https://www.example.org/tiktok");
    }

    @Test
    void a_refused_cell_says_why_in_the_readers_language() {
        assertThatThrownBy(() -> SourceCell.parse("www.example.org/tiktok"))
                .isInstanceOfSatisfying(UserMessage.class, refused -> assertThat(Texts.format(Locale.FRANCE,
                        refused.text())).isEqualTo("« www.example.org/tiktok » n’est pas une adresse web : seules les "
                        + "adresses http et https sont acceptées, comme https://www.example.org/tiktok"));
        assertThatThrownBy(() -> SourceCell.parse("https://example.org/a\\b"))
                .isInstanceOfSatisfying(UserMessage.class, refused -> assertThat(Texts.format(Locale.FRANCE,
                        refused.text())).isEqualTo("« https://example.org/a\\b » n’est pas une adresse web : une "
                        + "adresse web ne peut pas contenir « \\ » tel quel, écrivez-le %5C"));
        assertThatThrownBy(() -> SourceCell.parse(" "))
                .isInstanceOfSatisfying(UserMessage.class, refused -> assertThat(Texts.format(Locale.FRANCE,
                        refused.text())).isEqualTo("Une source ne peut pas être vide : écrivez son adresse web, ou son "
                        + "éditeur et son titre"));
        assertThatThrownBy(() -> new Citation("Reuters", " "))
                .isInstanceOfSatisfying(UserMessage.class, refused -> assertThat(Texts.format(Locale.FRANCE,
                        refused.text())).startsWith("Une référence doit avoir un titre : écrivez l’éditeur, puis « — »"));
    }

    @Test
    void an_http_address_the_form_refuses_is_refused_with_the_forms_reason() {
        assertThatThrownBy(() -> SourceCell.parse("https://"))
                .hasMessage("“https://” is not a web address: enter a web address starting with http:// or https:// "
                        + "and the site’s name, as in https://example.org/page");
        assertThatThrownBy(() -> SourceCell.parse("https://example.org/a\\b"))
                .hasMessage("“https://example.org/a\\b” is not a web address: a web address cannot contain “\\” as it "
                        + "is: write it as %5C");
    }

    @Test
    void a_long_refused_address_is_quoted_cut_and_on_one_line() {
        String address = "javascript:" + "x".repeat(200) + "\n";
        assertThatThrownBy(() -> SourceCell.parse(address))
                .hasMessage("“javascript:" + "x".repeat(89) + "…” is not a web address: only http and https "
                        + "addresses are kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0\u200B", "\n\t"})
    void an_empty_cell_names_no_source(String text) {
        assertThatThrownBy(() -> SourceCell.parse(text))
                .hasMessage("A source cannot be empty: write its web address, or its publisher and title");
    }

    @Test
    void a_citation_needs_a_title() {
        assertThatThrownBy(() -> new Citation("Reuters", " \u00A0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A citation needs a title");
        assertThat(new Citation("  ", "Title")).isEqualTo(new Citation(null, "Title"));
    }

    @Test
    void without_a_publisher_a_title_that_starts_like_an_address_would_be_read_back_as_one_so_it_is_refused() {
        assertThatThrownBy(() -> new Citation(null, "www.gov.uk guidance"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Without a web address or a publisher, the title cannot start like a web");
        assertThat(new Citation("GOV.UK", "www.gov.uk guidance").text()).isEqualTo("GOV.UK — www.gov.uk guidance");
        assertThat(SourceCell.parse("GOV.UK — www.gov.uk guidance"))
                .isEqualTo(new Citation("GOV.UK", "www.gov.uk guidance"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.org/news/1?id=7#part", "Reuters — TikTok ban blocked by judge",
            "Executive Order 13942", "Reuters — TikTok — the ban that was not", "TikTok | The Verge",
            "Le Monde — « TikTok » : l’interdiction", "新华社 — 关于TikTok的报道", "JavaScript: The Good Parts"})
    void what_text_writes_parse_reads_back_as_written(String text) {
        assertThat(SourceCell.parse(text).text()).isEqualTo(text);
        assertThat(SourceCell.parse(SourceCell.parse(text).text())).isEqualTo(SourceCell.parse(text));
    }

    @Test
    void a_recorded_source_is_its_address_or_else_its_citation() {
        assertThat(SourceCell.of(new Source("Reuters", "TikTok ban", "https://example.org/x")))
                .isEqualTo(new Address("https://example.org/x"));
        assertThat(SourceCell.of(new Source("Reuters", "TikTok ban"))).isEqualTo(new Citation("Reuters", "TikTok ban"));
        assertThat(SourceCell.of(new Source(null, "Executive Order 13942", " ")).text())
                .isEqualTo("Executive Order 13942");
        assertThat(SourceCell.textOf(null, null, "Executive Order 13942")).isEqualTo("Executive Order 13942");
        assertThat(SourceCell.textOf("https://example.org/x", "Reuters", "TikTok ban"))
                .isEqualTo("https://example.org/x");
    }

    @Test
    void an_exports_cell_of_several_sources_is_sorted_escaped_and_split_back_where_it_was_joined() {
        Map<Long, List<String>> cells = SourceCell.textsById(List.of(
                new Object[] {7L, null, "The Verge", "TikTok | the ban"},
                new Object[] {7L, "https://b.example/", "B", "Page"},
                new Object[] {7L, null, null, "C:\\reports\\ban.pdf"},
                new Object[] {8L, "https://a.example/", "A", "Page"}));
        assertThat(cells.get(7L))
                .containsExactly("C:\\\\reports\\\\ban.pdf", "The Verge — TikTok \\| the ban", "https://b.example/");
        assertThat(cells.get(8L)).containsExactly("https://a.example/");

        assertThat(SourceCell.parseAll(String.join("|", cells.get(7L)))).containsExactly(
                new Citation(null, "C:\\reports\\ban.pdf"), new Citation("The Verge", "TikTok | the ban"),
                new Address("https://b.example/"));
    }

    @Test
    void a_cell_of_several_sources_written_by_hand_is_read_leniently() {
        assertThat(SourceCell.parseAll("https://a.example/ | Reuters — TikTok ban||Executive Order 13942|"))
                .containsExactly(new Address("https://a.example/"), new Citation("Reuters", "TikTok ban"),
                        new Citation(null, "Executive Order 13942"));
        assertThat(SourceCell.parseAll(" ")).isEmpty();
        assertThat(SourceCell.parseAll("C:\\path")).containsExactly(new Citation(null, "C:\\path"));
        assertThatThrownBy(() -> SourceCell.parseAll("https://a.example/|javascript:alert(1)"))
                .hasMessage("“javascript:alert(1)” is not a web address: only http and https addresses are kept");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Reuters; TikTok ban;       REUTERS; tiktok   BAN",
            "Reuters; TikTok ban;       '\u00A0Reuters '; TikTok\u00A0\u200Bban",
            "Reuters; TikTok ban;       ; Reuters — TikTok ban",
            "; Executive Order 13942;   ''; executive order  13942"})
    void the_same_citation_has_one_key_whatever_the_case_the_spaces_and_where_the_publisher_ends(
            String publisher, String title, String otherPublisher, String otherTitle) {
        assertThat(CitationKey.of(otherPublisher, otherTitle)).isEqualTo(CitationKey.of(publisher, title));
    }

    @Test
    void another_publisher_or_title_is_another_citation() {
        assertThat(CitationKey.of("Reuters", "TikTok ban")).isEqualTo("reuters — tiktok ban")
                .isNotEqualTo(CitationKey.of("AP", "TikTok ban"))
                .isNotEqualTo(CitationKey.of("Reuters", "TikTok bans"))
                .isNotEqualTo(CitationKey.of(null, "TikTok ban"));
    }

    @Test
    void the_longest_key_fits_its_column() {
        String longest = CitationKey.of("İ".repeat(Source.PUBLISHER_MAX), "İ".repeat(Source.TITLE_MAX));
        assertThat(longest).hasSize(CitationKey.MAX);
    }
}
