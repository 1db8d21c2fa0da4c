package org.sovereigntywatch.importing;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.sovereigntywatch.source.SourceService;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources a row cites, one per value of its sources cell: web addresses or plain citations
 * ({@link SourceCell}). A source already recorded is cited as it is; another is recorded with the first item that
 * cites it, an address as its own title until someone gives it a better one. Each is looked up once per import.
 */
final class SourceCells {

    private final SourceService service;
    private final Validator validator;
    private final Map<String, Source> met = new HashMap<>();

    SourceCells(SourceService service, Validator validator) {
        this.service = service;
        this.validator = validator;
    }

    /** The sources of the cell of {@code field}; a problem for each value that cannot be a source. */
    Set<Source> read(ImportRow row, String field) {
        Set<Source> cited = new LinkedHashSet<>();
        List<SourceCell> cells;
        try {
            cells = SourceCell.parseAll(row.text(field));
        } catch (IllegalArgumentException notASource) {
            row.problem(field, notASource.getMessage());
            return cited;
        }
        for (SourceCell cell : cells) {
            String value = cell.text();
            Source source = met.computeIfAbsent(cell.text(), key -> service.find(cell).orElseGet(() -> fresh(cell)));
            var refusals = validator.validate(source);
            if (refusals.isEmpty()) {
                cited.add(source);
            } else {
                refusals.forEach(refusal -> row.problem(field, "'" + value + "': " + refusal.getMessage() + "."));
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
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException unusual) {
            return null;
        }
    }

    /** The sources, each recorded first if it is new, and remembered as recorded for the rows that follow. */
    Set<Source> recorded(Set<Source> sources, ImportPass pass) {
        Set<Source> recorded = new LinkedHashSet<>();
        for (Source source : sources) {
            if (source.isNew()) {
                Source saved = service.save(source);
                met.replaceAll((key, met) -> met == source ? saved : met);
                pass.broughtIn("source", saved.getId());
                recorded.add(saved);
            } else {
                recorded.add(source);
            }
        }
        return recorded;
    }
}
