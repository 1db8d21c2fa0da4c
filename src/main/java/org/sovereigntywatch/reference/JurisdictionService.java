package org.sovereigntywatch.reference;

import jakarta.validation.Valid;
import org.sovereigntywatch.base.FieldErrorException;
import org.sovereigntywatch.base.TextRules;
import org.sovereigntywatch.history.HistoryEntry;
import org.sovereigntywatch.history.HistoryFields;
import org.sovereigntywatch.history.ItemHistory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Reads jurisdictions for everyone signed in; only admins add or change them. */
@Service
@Validated
public class JurisdictionService {

    private static final HistoryFields<Jurisdiction> HISTORY = HistoryFields.of(Jurisdiction.class)
            .field("common.code", Jurisdiction::getCode)
            .field("common.name", Jurisdiction::getName)
            .field("jurisdiction.level", Jurisdiction::getLevel)
            .field("jurisdiction.parent", jurisdiction -> jurisdiction.getParent() == null ? null
                    : jurisdiction.getParent().getCode());

    private final JurisdictionRepository repository;
    private final ItemHistory itemHistory;

    JurisdictionService(JurisdictionRepository repository, ItemHistory itemHistory) {
        this.repository = repository;
        this.itemHistory = itemHistory;
    }

    /** The jurisdiction's history, newest first: each change to its fields, who made it and when. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return itemHistory.entries(HISTORY, id).reversed();
    }

    /**
     * One page of jurisdictions matching the filter, sorted as the page asks, with their parents loaded. The words
     * typed are looked for in the code, in the name stored, and in the names of countries in the filter's language
     * ({@link JurisdictionFilter#language()}): « allem » finds DE for a French reader, "germ" for anyone.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Jurisdiction> list(JurisdictionFilter filter, Pageable pageable) {
        return repository.search(filter.text(), filter.namedCodesOrNone(), filter.level(), filter.codes().isEmpty(),
                filter.codesOrNone(), pageable);
    }

    /**
     * Up to {@code size} jurisdictions matching the filter, by id, after the one with {@code afterId} (0 for the
     * first): a page read by keyset, which jurisdictions added meanwhile do not shift.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Jurisdiction> listAfter(JurisdictionFilter filter, long afterId, int size) {
        return repository.searchAfter(filter.text(), filter.namedCodesOrNone(), filter.level(),
                filter.codes().isEmpty(), filter.codesOrNone(), afterId, PageRequest.of(0, size));
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(JurisdictionFilter filter) {
        return repository.countMatching(filter.text(), filter.namedCodesOrNone(), filter.level(),
                filter.codes().isEmpty(), filter.codesOrNone());
    }

    /** The jurisdictions with these ids, for pages that refer to them by id (watchlists); unknown ids are left out. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Jurisdiction> findAllById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findAllById(ids);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Jurisdiction> findByCode(String code) {
        return TextRules.cannotBeStored(code) ? Optional.empty() : repository.findByCode(code);
    }

    /**
     * The stored jurisdiction that {@code named} stands for, found by its id: the row a save referring to it writes,
     * with its code as saved. Scope decisions read the code from here, never from an object a caller built, whose
     * code could say one jurisdiction while its id names another.
     *
     * @throws NoSuchElementException if {@code named} is not a saved jurisdiction
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Jurisdiction stored(Jurisdiction named) {
        Long id = named.getId();
        return (id == null ? Optional.<Jurisdiction>empty() : repository.findById(id))
                .orElseThrow(() -> new NoSuchElementException("There is no jurisdiction " + named.getCode() + "."));
    }

    /**
     * Saves a new or changed jurisdiction after checking what bean validation cannot: the code's form for its level,
     * the code being free, and the parent (a region's parent is the country its code starts with; other levels have
     * none).
     *
     * @throws FieldErrorException naming the field at fault
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Jurisdiction save(@Valid Jurisdiction jurisdiction) {
        String code = jurisdiction.getCode();
        JurisdictionLevel level = jurisdiction.getLevel();
        if (!level.accepts(code)) {
            throw new FieldErrorException("code", level.codeRule());
        }
        if (jurisdiction.isNew() && repository.existsByCode(code)) {
            throw new FieldErrorException("code", "jurisdiction.code.taken", code);
        }
        // The parent decides who covers the region (covering a country covers its regions): check the stored row.
        Jurisdiction parent = jurisdiction.getParent() == null ? null : stored(jurisdiction.getParent());
        jurisdiction.setParent(parent);
        if (level == JurisdictionLevel.SUBNATIONAL) {
            if (parent == null || parent.getLevel() != JurisdictionLevel.NATIONAL
                    || !code.startsWith(parent.getCode() + "-")) {
                throw new FieldErrorException("parent", "jurisdiction.parent.country-of-code");
            }
        } else if (parent != null) {
            throw new FieldErrorException("parent", "jurisdiction.parent.only-subnational");
        }
        return repository.saveAndFlush(jurisdiction);
    }
}
