package org.sovereigntywatch.source;

import jakarta.validation.Valid;
import org.sovereigntywatch.base.TextRules;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Optional;

/** Sources are read by everyone signed in and recorded by analysts and up, who cite them on concerns and events. */
@Service
@Validated
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    /** One page of sources whose title, publisher or address contains {@code text} (ignoring case). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Source> list(String text, Pageable pageable) {
        return repository.search(TextRules.forSearch(text), pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text) {
        return repository.countMatching(TextRules.forSearch(text));
    }

    /** The source with exactly this address, once {@linkplain WebAddress#normalize normalized}, if one was recorded. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Source> findByUrl(String url) {
        return repository.findFirstByUrl(WebAddress.normalize(url));
    }

    /**
     * Sources already recorded at the same web address, up to the case of its scheme and host and a trailing slash
     * ({@link WebAddressKey}): likely duplicates, to warn about before saving. Sources are visible to everyone signed
     * in, so this reveals nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Source> likelyDuplicates(String url) {
        WebAddressKey key = WebAddressKey.of(url);
        return repository.findByLowerUrlIn(key.lookups()).stream()
                .filter(source -> WebAddressKey.of(source.getUrl()).equals(key))
                .toList();
    }

    /**
     * Saves a new or changed source.
     *
     * @throws jakarta.validation.ConstraintViolationException if a field is invalid, such as a non-web address
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Source save(@Valid Source source) {
        return repository.saveAndFlush(source);
    }
}
