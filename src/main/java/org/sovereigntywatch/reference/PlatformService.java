package org.sovereigntywatch.reference;

import jakarta.validation.Valid;
import org.hibernate.Hibernate;
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
import java.util.Optional;

/** Reads platforms for everyone signed in; only admins add or change them. */
@Service
@Validated
public class PlatformService {

    private static final HistoryFields<Platform> HISTORY = HistoryFields.of(Platform.class)
            .field("common.name", Platform::getName)
            .field("platform.aliases", platform -> HistoryFields.names(platform.getAliases(), alias -> alias))
            .field("platform.form.operator", Platform::getOperatorCompany)
            .field("platform.form.home", platform -> platform.getHomeJurisdiction() == null ? null
                    : platform.getHomeJurisdiction().getCode());

    private final PlatformRepository repository;
    private final ItemHistory itemHistory;

    PlatformService(PlatformRepository repository, ItemHistory itemHistory) {
        this.repository = repository;
        this.itemHistory = itemHistory;
    }

    /** The platform's history, newest first: each change to its fields, who made it and when. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        return itemHistory.entries(HISTORY, id).reversed();
    }

    /** One page of platforms whose name, alias or operator contains {@code text} (ignoring case). */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Platform> list(String text, Pageable pageable) {
        return repository.search(TextRules.forSearch(text), pageable);
    }

    /**
     * Up to {@code size} platforms whose name, operator or alias contains {@code text}, by id, after the one with
     * {@code afterId} (0 for the first): a page read by keyset, with their other names loaded.
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Platform> listAfter(String text, long afterId, int size) {
        List<Platform> page = repository.searchAfter(TextRules.forSearch(text), afterId, PageRequest.of(0, size));
        page.forEach(platform -> Hibernate.initialize(platform.getAliases()));
        return page;
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return repository.countMatching(TextRules.forSearch(text));
    }

    /** The platforms with these ids, for pages that refer to them by id (watchlists); unknown ids are left out. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<Platform> findAllById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findAllById(ids);
    }

    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public Optional<Platform> findByName(String name) {
        return TextRules.cannotBeStored(name) ? Optional.empty() : repository.findByNameIgnoreCase(name.strip());
    }

    /** The names of the platforms with these ids, sorted: how a filter by platform reads in words. */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : repository.findAllById(ids).stream().map(Platform::getName).sorted().toList();
    }

    /**
     * Saves a new or changed platform.
     *
     * @throws FieldErrorException if another platform has the same name, ignoring case
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if someone else changed it since it was
     *         loaded
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Platform save(@Valid Platform platform) {
        if (repository.nameTakenByAnother(platform.getName(), platform.getId())) {
            throw new FieldErrorException("name", "platform.name.taken");
        }
        return repository.saveAndFlush(platform);
    }
}
