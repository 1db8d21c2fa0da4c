package org.sovereigntywatch.source;

import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source as one cell of a spreadsheet holds it, and as the exports write it: its web address, or, for a source
 * without one, its citation, the publisher and the title joined by {@value #SEPARATOR} ("Reuters — TikTok ban blocked
 * by judge"), or the title alone ("Executive Order 13942"). {@link #parse} reads what {@link #text} writes, so an
 * exported file imports back to the same sources.
 * <p>
 * A cell is an address when it starts like one (a scheme such as {@code https://}, {@code javascript:} or
 * {@code data:}, or {@code www.}): then it must be an http or https address as the form accepts it, or it is refused,
 * never kept as a citation, so a script address cannot slip in as a title.
 */
@FeatureApi
public sealed interface SourceCell permits SourceCell.Address, SourceCell.Citation {

    /** Between a citation's publisher and its title: a space, an em dash, a space. */
    String SEPARATOR = " — ";

    /** The source's web address, or its citation; written back by {@link #text} as it was read. */
    String text();

    /**
     * The source a cell names: its address, once {@linkplain WebAddress#normalize normalized} as the form stores it,
     * or its citation, split at the first {@value #SEPARATOR} (with any kind of space around the dash, such as the
     * no-break spaces French typography puts there). Spaces and invisible characters around the cell and its parts are
     * removed; in a citation, line breaks, tabs and control characters become spaces.
     *
     * @throws IllegalArgumentException with a message for the user (a {@link org.sovereigntywatch.base.UserMessage},
     *                                  whose text is in the user's language) if the cell is empty, is an address but
     *                                  not an http or https one the form would accept, or is a citation without a
     *                                  title
     */
    static SourceCell parse(String text) {
        String cell = WebAddress.trim(text);
        if (cell.isEmpty()) {
            throw new NotASourceException("source.cell.empty");
        }
        if (CellText.readsAsAddress(cell)) {
            return new Address(cell);
        }
        String line = CellText.line(cell);
        int dash = CellText.separatorIn(line);
        return dash < 0 ? new Citation(null, line) : new Citation(line.substring(0, dash), line.substring(dash + 1));
    }

    /** The cell of a recorded source: its address if it has one, its citation otherwise. */
    static SourceCell of(Source source) {
        String url = source.getUrl();
        return url != null ? new Address(url) : new Citation(source.getPublisher(), source.getTitle());
    }

    /**
     * The cell text of a source read column by column, as the exports read them: its address if it has one, its
     * citation otherwise; never refused, so an export writes every row it reads.
     */
    static String textOf(@Nullable String url, @Nullable String publisher, String title) {
        return url != null ? url : citationText(publisher, title);
    }

    /**
     * Each item's sources, sorted, from rows of (item id, url, publisher, title) as the exports' queries read them
     * from the join tables, ready to be joined with {@code |} into one cell: a citation's own {@code |} and {@code \}
     * are written {@code \|} and {@code \\}, so that {@link #parseAll} splits the cell where the export joined it.
     * (An address never holds either: {@code |} is stored {@code %7C}, and {@code \} is refused.)
     */
    static Map<Long, List<String>> textsById(List<Object[]> idUrlPublisherTitle) {
        Map<Long, List<String>> byId = new HashMap<>();
        for (Object[] row : idUrlPublisherTitle) {
            byId.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(CellText.escaped(textOf((String) row[1], (String) row[2], (String) row[3])));
        }
        byId.values().forEach(Collections::sort);
        return byId;
    }

    /**
     * The sources of a cell holding several, joined with {@code |} as the exports join them: split at each
     * {@code |} not written {@code \|}, each part {@linkplain #parse parsed}; {@code \|} and {@code \\} are read as
     * {@code |} and {@code \}, any other backslash as it is. Empty parts are skipped, so an empty cell holds none.
     *
     * @throws IllegalArgumentException naming the first part that is not a source, as {@link #parse} does
     */
    static List<SourceCell> parseAll(String cell) {
        List<SourceCell> sources = new ArrayList<>();
        for (String part : CellText.split(cell)) {
            if (!WebAddress.trim(part).isEmpty()) {
                sources.add(parse(part));
            }
        }
        return sources;
    }

    /**
     * The publisher and the title joined by {@value #SEPARATOR}, or the title alone without a publisher: how a source
     * is cited in a cell and named in lists. Control characters become spaces; spaces around each part go.
     */
    static String citationText(@Nullable String publisher, String title) {
        String from = publisher == null ? "" : CellText.line(publisher);
        return from.isEmpty() ? CellText.line(title) : from + SEPARATOR + CellText.line(title);
    }

    /** A source cited by its web address: an http or https address, normalized as {@link Source#setUrl} stores it. */
    record Address(String url) implements SourceCell {

        /** @throws IllegalArgumentException if {@code url} is not an http or https address the form would accept */
        public Address {
            String normal = WebAddress.normalize(url);
            Optional<WebAddress.Problem> problem = WebAddress.problemWith(normal);
            if (problem.isPresent()) {
                throw new NotASourceException(notKept(url, normal, problem.get()));
            }
            url = normal;
        }

        @Override
        public String text() {
            return url;
        }

        /** Why the cell is not kept, naming it as typed: {@code source.cell.<kind>} of the address's problem. */
        private static Text notKept(String typed, String normal, WebAddress.Problem problem) {
            String shown = CellText.shown(typed);
            if (problem.kind() == WebAddress.Problem.Kind.NOT_WEB && normal.regionMatches(true, 0, "www.", 0, 4)) {
                return new Text("source.cell.not-web.www", shown, normal);
            }
            return new Text(problem.key("source.cell"), shown, problem.character(), problem.escaped());
        }
    }

    /**
     * A source cited without a web address: a title, and the publisher when there is one. Control characters become
     * spaces, and spaces around each part go; an empty publisher is none.
     */
    record Citation(@Nullable String publisher, String title) implements SourceCell {

        /**
         * @throws IllegalArgumentException if the title is empty, or if, without a publisher, it starts like a web
         *                                  address: written in a cell, it would be read back as one
         */
        public Citation {
            publisher = publisher == null || CellText.line(publisher).isEmpty() ? null : CellText.line(publisher);
            title = CellText.line(title);
            if (title.isEmpty()) {
                throw new NotASourceException("source.cell.no-title", SEPARATOR.strip());
            }
            if (publisher == null && CellText.readsAsAddress(title)) {
                throw new NotASourceException("source.cell.title-like-address");
            }
        }

        @Override
        public String text() {
            return citationText(publisher, title);
        }

        /** What the same citation has in common, ignoring case, runs of spaces and invisible characters. */
        String key() {
            return CitationKey.of(publisher, title);
        }
    }
}
