package org.sovereigntywatch.importing;

import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.source.Source;
import org.sovereigntywatch.source.SourceCell;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.sovereigntywatch.importing.ImportField.optional;
import static org.sovereigntywatch.importing.ImportField.required;

/**
 * Sources, one per row: a title, and a web address or a publisher or both (a printed report or an executive order
 * may have no page of its own). A source is the same as a recorded one at the same address, or, without an address,
 * with the same publisher and title ignoring case and spaces ({@link SourceCell}).
 */
@Component
class SourceImporter extends KindImporter {

    private static final List<ImportField> FIELDS = List.of(
            required("title", "titre", "headline", "article", "name"),
            optional("url", "address", "web address", "adresse", "lien", "link", "website"),
            optional("publisher", "editeur", "publication", "outlet", "media", "journal", "site"),
            optional("published_on", "date", "published", "publication date",
                    "date de publication"),
            optional("language", "langue", "lang"),
            optional("quote", "extrait", "excerpt", "passage"));

    private static final Set<String> NOT_IMPORTED = Set.of("id", "created_by", "created_at", "modified_by",
            "modified_at");

    private static final Map<String, String> COLUMNS = Map.of("title", "title", "url", "url", "publisher",
            "publisher", "publishedOn", "published_on", "language", "language", "quote", "quote");

    private final NewItemValidator validator;

    SourceImporter(NewItemValidator validator) {
        super(ImportKind.SOURCES, FIELDS, NOT_IMPORTED);
        this.validator = validator;
    }

    @Override
    void prefetch(List<ImportRow> rows, ImportPass pass) {
        List<SourceCell> cells = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                cells.add(SourceCell.parse(SourceCell.textOf(row.optionalText("url"), row.optionalText("publisher"),
                        row.text("title"))));
            } catch (RuntimeException notASource) {
                if (!ImportRow.isRefusal(notASource)) {
                    throw notASource;
                }
                // Said of the row when it is read.
            }
        }
        pass.sources().prefetch(cells);
    }

    @Override
    RowOutcome read(ImportRow row, ImportPass pass) {
        String url = row.optionalText("url");
        if (url != null) {
            SourceCell cell;
            try {
                cell = SourceCell.parse(url);
            } catch (RuntimeException notAnAddress) {
                if (!ImportRow.isRefusal(notAnAddress)) {
                    throw notAnAddress;
                }
                row.refused("url", notAnAddress);
                return RowOutcome.ERROR;
            }
            if (!(cell instanceof SourceCell.Address address)) {
                row.problem("url", "import.row.source.not-an-address", url);
                return RowOutcome.ERROR;
            }
            url = address.url();
        }
        Source source = new Source(row.optionalText("publisher"), row.text("title"), url);
        source.setPublishedOn(row.day("published_on"));
        source.setLanguage(row.optionalText("language"));
        source.setQuote(row.optionalText("quote"));
        row.refusals(validator.validate(source), COLUMNS);
        if (row.hasProblems()) {
            return RowOutcome.ERROR;
        }
        SourceCell cell = SourceCell.of(source);
        if (pass.isRepeat(row, "import.row.repeat.source", cell.text().toLowerCase(Locale.ROOT))) {
            return RowOutcome.ERROR;
        }
        Source recorded = pass.sources().recorded(cell).orElse(null);
        if (recorded != null) {
            boolean same = Objects.equals(recorded.getTitle(), source.getTitle())
                    && Objects.equals(recorded.getPublisher(), source.getPublisher())
                    && (!row.has("published_on") || Objects.equals(recorded.getPublishedOn(), source.getPublishedOn()));
            if (!same) {
                row.notice("import.notice.source", recorded.label());
            }
            return same ? RowOutcome.UNCHANGED : RowOutcome.MATCHED;
        }
        if (pass.writes()) {
            pass.sources().meet(source);
            pass.sources().cite(Set.of(source));
        }
        return RowOutcome.NEW;
    }
}
