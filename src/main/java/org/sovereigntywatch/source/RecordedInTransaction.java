package org.sovereigntywatch.source;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the sources the current transaction recorded in batches ({@link SourceService#saveAll}). Whoever records
 * a source may cite it: nothing can cite it before the transaction ends but the recorder's own writes, which are
 * checked, so checking it again can never refuse. Skipping those checks spares an import the visibility query on every
 * source it records, which PostgreSQL, planning on statistics that do not yet count the import's rows, answered by
 * hashing every concern and event citation: 20 to 60 ms a chunk of a thousand rows. Forgotten when the transaction
 * ends, either way.
 */
final class RecordedInTransaction {

    private static final Object KEY = RecordedInTransaction.class;

    private RecordedInTransaction() {
    }

    static void add(Collection<Source> recorded) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || recorded.isEmpty()) {
            return;
        }
        Set<Long> ids = ids();
        if (ids == null) {
            ids = new HashSet<>();
            TransactionSynchronizationManager.bindResource(KEY, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        for (Source source : recorded) {
            ids.add(source.getId());
        }
    }

    static boolean contains(long sourceId) {
        Set<Long> ids = ids();
        return ids != null && ids.contains(sourceId);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> ids() {
        return (Set<Long>) TransactionSynchronizationManager.getResource(KEY);
    }
}
