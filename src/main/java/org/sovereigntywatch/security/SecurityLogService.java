package org.sovereigntywatch.security;

import org.sovereigntywatch.base.CsvTable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Reading the security log: admins only, newest first. Events are written by {@link SecurityLog}, never through
 * here, and never changed or deleted.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SecurityLogService {

    /** The CSV's name in the log's own note of its download, and the start of its file name. */
    public static final String EXPORT_NAME = "Security log";
    private static final int CHUNK = 1000;
    static final CsvTable<SecurityEventRow> TABLE = new CsvTable<SecurityEventRow>()
            .column("occurred_at", SecurityEventRow::occurredAt)
            .column("type", SecurityEventRow::type)
            .column("actor", SecurityEventRow::actor)
            .column("subject", SecurityEventRow::subject)
            .column("client_address", SecurityEventRow::clientAddress)
            .column("detail", SecurityEventRow::detail);

    private final SecurityEventRepository events;
    private final SecurityLog log;

    SecurityLogService(SecurityEventRepository events, SecurityLog log) {
        this.events = events;
        this.log = log;
    }

    /** One page of the events that match the filter, newest first (the page's own sort is ignored). */
    @Transactional(readOnly = true)
    public List<SecurityEventRow> list(SecurityEventFilter filter, Pageable pageable) {
        return events.search(filter, pageable);
    }

    @Transactional(readOnly = true)
    public long count(SecurityEventFilter filter) {
        return events.countMatching(filter);
    }

    /**
     * Writes the events that match the filter as CSV, newest first, streaming them from the database; the download
     * is itself logged.
     *
     * @return how many events were written
     */
    @Transactional(readOnly = true)
    public long exportCsv(SecurityEventFilter filter, OutputStream out) throws IOException {
        return log.export(EXPORT_NAME, filter.inWords(), () -> {
            try (var rows = events.stream(filter)) {
                return TABLE.write(rows, CHUNK, Function.identity(), out);
            }
        });
    }
}
