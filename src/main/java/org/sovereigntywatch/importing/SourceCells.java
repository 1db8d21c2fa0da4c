package org.sovereigntywatch.importing;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.sovereigntywatch.source.SourceService;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sources rows cite, one per value of a sources cell: web addresses or plain citations ({@link SourceCell}). A
 * source already recorded is cited as it is; another is recorded with the first row that cites it, an address as its
 * own title until someone gives it a better one. Each is looked up once per import, a chunk of rows at a time.
 */
final class SourceCells {

    private final SourceService service;
    private final NewItemValidator validator;
    /** Every source met so far by its cell's text: recorded, or to be recorded. */
    private final Map<String, Source> met = new HashMap<>();
    private final Set<Source> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The cells of the current chunk as parsed by {@link #prefetch}, so that reading its rows parses none again. */
    private final Map<String, List<SourceCell>> parsedInChunk = new HashMap<>();

    SourceCells(SourceService service, NewItemValidator validator) {
        this.service = service;
        this.validator = validator;
    }

    /** Looks up, in one or two queries, the sources the rows' cells of {@code field} name and were not met yet. */
    void prefetch(List<ImportRow> rows, String field) {
        parsedInChunk.clear();
        List<SourceCell> cells = new ArrayList<>();
        for (ImportRow row : rows) {
            String text = row.text(field);
            try {
                List<SourceCell> parsed = SourceCell.parseAll(text);
                parsedInChunk.put(text, parsed);
                cells.addAll(parsed);
            } catch (RuntimeException notASource) {
                if (!ImportRow.isRefusal(notASource)) {
                    throw notASource;
                }
                // Said of the row when it is read.
            }
        }
        prefetch(cells);
    }

    /** Looks up, in one or two queries, the sources these cells name that were not met yet. */
    void prefetch(List<SourceCell> cells) {
        Map<String, SourceCell> unmet = new HashMap<>();
        cells.stream().filter(cell -> !met.containsKey(cell.text())).forEach(cell -> unmet.put(cell.text(), cell));
        if (!unmet.isEmpty()) {
            Map<String, Source> recorded = service.findAll(unmet.values());
            unmet.forEach((text, cell) -> met.put(text, recorded.getOrDefault(text, fresh(cell))));
        }
    }

    /** The source recorded under this cell, if any; a source met but not yet recorded is not. */
    Optional<Source> recorded(SourceCell cell) {
        Source known = met.get(cell.text());
        if (known == null) {
            Optional<Source> found = service.find(cell);
            found.ifPresent(source -> met.put(cell.text(), source));
            return found;
        }
        return Optional.of(known).filter(source -> !source.isNew());
    }

    /** Takes a source a row brings as the one its cell names, so that later rows citing it cite this one. */
    void meet(Source source) {
        met.put(SourceCell.of(source).text(), source);
    }

    /** The sources of the cell of {@code field}; a problem for each value that cannot be a source. */
    Set<Source> read(ImportRow row, String field) {
        Set<Source> cited = new LinkedHashSet<>();
        String text = row.text(field);
        List<SourceCell> cells = parsedInChunk.get(text);
        try {
            if (cells == null) {
                cells = SourceCell.parseAll(text);
            }
        } catch (RuntimeException notASource) {
            if (!ImportRow.isRefusal(notASource)) {
                throw notASource;
            }
            row.refused(field, notASource);
            return cited;
        }
        for (SourceCell cell : cells) {
            Source source = met.computeIfAbsent(cell.text(), key -> service.find(cell).orElseGet(() -> fresh(cell)));
            // A recorded source was checked when it was recorded; a new one is checked as the form would check it.
            var refusals = source.isNew() ? validator.validate(source) : Set.<ConstraintViolation<Source>>of();
            if (refusals.isEmpty()) {
                cited.add(source);
            } else {
                refusals.forEach(refusal -> row.problem(field, "import.row.source.invalid", cell.text(),
                        ValidationText.of(refusal)));
            }
        }
        return cited;
    }

    /** A source to record: an address is its own title (and its site the publisher) until someone edits it. */
    private static Source fresh(SourceCell cell) {
        return switch (cell) {
            case SourceCell.Address address -> new Source(siteOf(address.url()),
                    address.url().length() <= Source.TITLE_MAX ? address.url()
                            : address.url().substring(0, Source.TITLE_MAX), address.url());
            case SourceCell.Citation citation -> new Source(citation.publisher(), citation.title());
        };
    }

    /** The site of an address, as its publisher until someone names it; none if it cannot be read off. */
    private static @Nullable String siteOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException unusual) {
            return null;
        }
    }

    /** Queues the sources not recorded yet among those a written row cites, to be recorded at the chunk's end. */
    void cite(Set<Source> sources) {
        for (Source source : sources) {
            if (source.isNew()) {
                pending.add(source);
            }
        }
    }

    /** Records the queued sources, in one batch. */
    void write() {
        if (!pending.isEmpty()) {
            // Sources have no page of their own to say which import brought them.
            service.saveAll(List.copyOf(pending));
            pending.clear();
        }
    }
}
