package org.sovereigntywatch.security;

import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.stream.Stream;

/** The security log's filtered reads, always newest first. */
interface SecurityEventQueries {

    List<SecurityEventRow> search(SecurityEventFilter filter, Pageable pageable);

    long countMatching(SecurityEventFilter filter);

    /** The same rows as {@link #search}, read as a stream for the export; call it inside a transaction. */
    Stream<SecurityEventRow> stream(SecurityEventFilter filter);
}
