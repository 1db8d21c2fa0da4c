package org.sovereigntywatch.source;

import jakarta.validation.Valid;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.NewItemValidator;
import org.sovereigntywatch.base.RefusedException;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.editorial.EditorialPolicy;
import org.sovereigntywatch.editorial.ItemScope;
import org.sovereigntywatch.editorial.Visibility;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.history.HistoryFields;
import org.sovereigntywatch.history.ItemHistory;
import org.sovereigntywatch.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sources follow the items that cite them (concerns and policy events). A user sees a source cited by something they
 * may see, or one that nothing cites yet and they recorded; every list, count, look-up and duplicate check here shows
 * only those, filtered in SQL. Analysts and up record sources; a recorded one is changed only by a user who may edit
 * every item citing it, or, while nothing cites it, by the user who recorded it ({@link EditorialPolicy#mayChangeSource}).
 */
@Service
@Validated
public class SourceService {

    private static final HistoryFields<Source> HISTORY = HistoryFields.of(Source.class)
            .field("source.publisher", Source::getPublisher)
            .field("common.title", Source::getTitle)
            .field("source.url", Source::getUrl)
            .field("source.published-on", Source::getPublishedOn)
            .field("source.language", Source::getLanguage)
            .longText("source.quote", Source::getQuote);

    private final SourceRepository repository;
    private final EditorialPolicy policy;
    private final CurrentUser currentUser;
    private final NewItemValidator newItemValidator;
    private final ItemHistory itemHistory;

    SourceService(SourceRepository repository, EditorialPolicy policy, CurrentUser currentUser,
                  NewItemValidator newItemValidator, ItemHistory itemHistory) {
        this.repository = repository;
        this.policy = policy;
        this.currentUser = currentUser;
        this.newItemValidator = newItemValidator;
        this.itemHistory = itemHistory;
    }

    /**
     * The source's history, newest first: each change to its fields, who made it and when.
     *
     * @throws AccessDeniedException if the caller may not see the source (nor, then, its past)
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        Visibility seen = policy.visibility();
        if (repository.countVisibleAmong(Set.of(id), seen.seesUnpublished(), seen.everywhere(), seen.codes(),
                username()) == 0) {
            throw new RefusedException("source.history.not-visible");
        }
        return itemHistory.entries(HISTORY, id).reversed();
    }

    /**
     * One page of the sources the caller may see whose title, publisher or address contains {@code text} (ignoring
     * case).
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Source> list(String text, Pageable pageable) {
        Visibility seen = policy.visibility();
        return repository.search(TextRules.forSearch(text), seen.seesUnpublished(), seen.everywhere(),
                seen.codes(), username(), pageable);
    }

    /**
     * Up to {@code size} sources the caller may see whose title, publisher or address contains {@code text}, by id,
     * after the one with {@code afterId} (0 for the first): a page read by keyset.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Source> listAfter(String text, long afterId, int size) {
        Visibility seen = policy.visibility();
        return repository.searchAfter(TextRules.forSearch(text), seen.seesUnpublished(), seen.everywhere(),
                seen.codes(), username(), afterId, PageRequest.of(0, size));
    }

    /** How many sources the caller may see match {@code text}, as {@link #list} pages them. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(String text) {
        Visibility seen = policy.visibility();
        return repository.countMatching(TextRules.forSearch(text), seen.seesUnpublished(), seen.everywhere(),
                seen.codes(), username());
    }

    /**
     * The source the caller may see with exactly this address, once {@linkplain WebAddress#normalize normalized}, if
     * one was recorded.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Source> findByUrl(String url) {
        Visibility seen = policy.visibility();
        return repository.findByUrl(WebAddress.normalize(url), seen.seesUnpublished(), seen.everywhere(),
                seen.codes(), username(), Pageable.ofSize(1)).stream().findFirst();
    }

    /**
     * Sources the caller may see already recorded at the same web address, up to the case of its scheme and host and a
     * trailing slash ({@link WebAddressKey}): likely duplicates, to warn about before saving. A source the caller may
     * not see is not offered: it would show what the drafts citing it rest on.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Source> likelyDuplicates(String url) {
        return atAddress(url);
    }

    /**
     * Sources the caller may see recorded as the same cell, oldest first: at the same web address as
     * {@link #likelyDuplicates(String)} has it, or, for a citation, without an address and with the same publisher and
     * title, ignoring case and runs of spaces. Likely duplicates, to warn about before saving.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Source> likelyDuplicates(SourceCell cell) {
        return switch (cell) {
            case SourceCell.Address address -> atAddress(address.url());
            case SourceCell.Citation citation -> citedAs(citation.key());
        };
    }

    /**
     * The source the caller may see recorded without a web address under this citation, ignoring case and runs of
     * spaces (the oldest, if several); for a cell read from a file, {@link #find} does the same.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Source> findByCitation(@Nullable String publisher, String title) {
        return citedAs(CitationKey.of(publisher, title)).stream().findFirst();
    }

    /**
     * The recorded source a cell names, if the caller may see one, as an import matches it: the oldest of its
     * {@linkplain #likelyDuplicates(SourceCell) likely duplicates}.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Source> find(SourceCell cell) {
        return likelyDuplicates(cell).stream().findFirst();
    }

    /**
     * Refuses to let an item cite a source the caller may not see: citing it by its id would show it to them through
     * the item. Called by the services that save citing items; sources of a collection not loaded are not being
     * changed, and are left alone, and so are those the transaction recorded ({@link RecordedInTransaction}).
     *
     * @throws AccessDeniedException if one of the sources is not one the caller may see
     * @throws IllegalArgumentException if one of them is not saved yet
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public void requireVisible(Collection<Source> cited) {
        if (!Hibernate.isInitialized(cited) || cited.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        for (Source source : cited) {
            if (source.getId() == null) {
                throw new IllegalArgumentException("Save a new source before citing it");
            }
            if (!RecordedInTransaction.contains(source.getId())) {
                ids.add(source.getId());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Visibility seen = policy.visibility();
        long visible = repository.countVisibleAmong(ids, seen.seesUnpublished(), seen.everywhere(), seen.codes(),
                username());
        if (visible < ids.size()) {
            throw new RefusedException("source.cite.not-visible");
        }
    }

    /**
     * Records a new source (analysts and up), or saves changes to a recorded one: those are refused unless the caller
     * may edit every item citing it, or, while nothing cites it, recorded it; judged on the stored row the id names.
     *
     * @throws jakarta.validation.ConstraintViolationException if a field is invalid, such as a non-web address
     * @throws FieldErrorException if, without an address or a publisher, the title starts like a web address
     * @throws AccessDeniedException if the caller may not change this recorded source
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Source save(@Valid Source source) {
        Long id = source.getId();
        if (id != null) {
            String recordedBy = repository.findRecordedBy(id)
                    .orElseThrow(() -> new NoSuchElementException("There is no source " + id + "."));
            policy.requireChangeSource(citing(id), recordedBy);
        }
        requireReadableCell(source);
        return repository.saveAndFlush(source);
    }

    /**
     * The sources the caller may see that these cells name, by each cell's {@linkplain SourceCell#text text}, looked
     * up for all of them at once (an import's chunk of rows); the oldest when several match, as {@link #find} has it.
     * A cell naming none is absent from the map.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Map<String, Source> findAll(Collection<SourceCell> cells) {
        Map<WebAddressKey, String> addresses = new HashMap<>();
        Map<String, String> citations = new HashMap<>();
        for (SourceCell cell : cells) {
            switch (cell) {
                case SourceCell.Address address -> addresses.put(WebAddressKey.of(address.url()), cell.text());
                case SourceCell.Citation citation -> citations.put(citation.key(), cell.text());
            }
        }
        Visibility seen = policy.visibility();
        Map<String, Source> found = new HashMap<>();
        for (List<String> lookups : inParts(addresses.keySet().stream().flatMap(key -> key.lookups().stream())
                .distinct().toList())) {
            for (Source source : repository.findByLowerUrlIn(Set.copyOf(lookups), seen.seesUnpublished(),
                    seen.everywhere(), seen.codes(), username())) {
                String text = source.getUrl() == null ? null : addresses.get(WebAddressKey.of(source.getUrl()));
                if (text != null) {
                    found.merge(text, source, SourceService::older);
                }
            }
        }
        for (List<String> keys : inParts(List.copyOf(citations.keySet()))) {
            for (Source source : repository.findByCitationKeyIn(Set.copyOf(keys), seen.seesUnpublished(),
                    seen.everywhere(), seen.codes(), username())) {
                String text = citations.get(CitationKey.of(source.getPublisher(), source.getTitle()));
                if (text != null) {
                    found.merge(text, source, SourceService::older);
                }
            }
        }
        return found;
    }

    /**
     * Records new sources, each checked as {@link #save} checks a new one, for an import: the inserts wait for the
     * transaction's next flush, which sends them in batches.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public List<Source> saveAll(List<Source> newSources) {
        for (Source source : newSources) {
            if (!source.isNew()) {
                throw new IllegalArgumentException("Only new sources are recorded together");
            }
        }
        newItemValidator.requireValid(newSources);
        newSources.forEach(SourceService::requireReadableCell);
        List<Source> saved = repository.saveAll(newSources);
        RecordedInTransaction.add(saved);
        return saved;
    }

    /** Lists for SQL {@code in}, at most a thousand values each (some databases allow no more). */
    private static List<List<String>> inParts(List<String> values) {
        List<List<String>> parts = new ArrayList<>();
        for (int start = 0; start < values.size(); start += 1000) {
            parts.add(values.subList(start, Math.min(values.size(), start + 1000)));
        }
        return parts;
    }

    private static Source older(Source one, Source other) {
        return Objects.requireNonNull(one.getId()) <= Objects.requireNonNull(other.getId()) ? one : other;
    }

    private List<Source> atAddress(String url) {
        WebAddressKey key = WebAddressKey.of(url);
        Visibility seen = policy.visibility();
        return repository.findByLowerUrlIn(key.lookups(), seen.seesUnpublished(), seen.everywhere(), seen.codes(),
                        username()).stream()
                .filter(source -> source.getUrl() != null && WebAddressKey.of(source.getUrl()).equals(key))
                .toList();
    }

    private List<Source> citedAs(String key) {
        Visibility seen = policy.visibility();
        return repository.findByCitationKey(key, seen.seesUnpublished(), seen.everywhere(), seen.codes(), username());
    }

    /**
     * Refuses a source that its cell would not name again: without an address or a publisher, a title that starts like
     * a web address would be read back from an export as an address.
     */
    private static void requireReadableCell(Source source) {
        try {
            SourceCell.of(source);
        } catch (NotASourceException unreadable) {
            throw new FieldErrorException("title", unreadable.text());
        }
    }

    private List<ItemScope> citing(long sourceId) {
        List<ItemScope> citing = new ArrayList<>(repository.findCitingConcerns(sourceId));
        citing.addAll(repository.findCitingEventMeasures(sourceId));
        return citing;
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
