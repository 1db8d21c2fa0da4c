package org.sovereigntywatch.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.jspecify.annotations.Nullable;
import org.sovereigntywatch.base.FeatureApi;
import org.sovereigntywatch.base.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the stored versions of audited items and turns them into history lines, field by field. It decides nothing
 * about who may read them: each feature's service checks that the caller may see the item before it asks here.
 */
@FeatureApi
@Component
public class ItemHistory {

    @PersistenceContext
    private EntityManager entityManager;
    private final Revisions revisions;

    ItemHistory(Revisions revisions) {
        this.revisions = revisions;
    }

    /** Every version of one item, oldest first. */
    @Transactional(readOnly = true)
    public <T> List<Version<T>> versions(Class<T> type, long id) {
        return read(type, query(type).add(AuditEntity.id().eq(id)));
    }

    /** The item as it stood at {@code moment}; empty if it did not exist then, or had been deleted. */
    @Transactional(readOnly = true)
    public <T> Optional<T> at(Class<T> type, long id, Instant moment) {
        long revision = revisions.at(moment);
        return revision <= 0 ? Optional.empty()
                : Optional.ofNullable(AuditReaderFactory.get(entityManager).find(type, id, revision));
    }

    /**
     * The items whose {@code relation} pointed at {@code relatedId} at {@code moment} (the events of a measure), as
     * they stood then; their related items are read as they stood then too, on first use.
     */
    @Transactional(readOnly = true)
    public <T> List<T> allAt(Class<T> type, String relation, long relatedId, Instant moment) {
        long revision = revisions.at(moment);
        if (revision <= 0) {
            return List.of();
        }
        List<?> found = AuditReaderFactory.get(entityManager).createQuery().forEntitiesAtRevision(type, revision)
                .add(AuditEntity.relatedId(relation).eq(relatedId)).getResultList();
        return found.stream().map(type::cast).toList();
    }

    /**
     * Every version of every item whose {@code relation} points at {@code relatedId} at the time (the events of a
     * measure), each item's oldest first.
     */
    @Transactional(readOnly = true)
    public <T> List<Version<T>> versionsRelatedTo(Class<T> type, String relation, long relatedId) {
        return read(type, query(type).add(AuditEntity.relatedId(relation).eq(relatedId)));
    }

    /** The history lines of one item, oldest first: see {@link #entries(List, HistoryFields, Function)}. */
    @Transactional(readOnly = true)
    public <T> List<HistoryEntry> entries(HistoryFields<T> fields, long id) {
        return entries(versions(fields.type(), id), fields, item -> null);
    }

    /**
     * The history lines of these versions: for each, the fields it changed since the item's version before it (every
     * field with a value for a first version); a change that touched none of the fields shown is left out.
     *
     * @param subject what a line is about when not the item whose page shows it (an event: its summary), or null
     */
    public <T> List<HistoryEntry> entries(List<Version<T>> versions, HistoryFields<T> fields,
                                          Function<T, @Nullable Text> subject) {
        List<HistoryEntry> entries = new ArrayList<>();
        Map<Long, Version<T>> previous = new HashMap<>();
        Map<Long, Map<Long, Integer>> numberByRevision = new HashMap<>();
        for (Version<T> version : versions) {
            numberByRevision.computeIfAbsent(version.itemId(), id -> new HashMap<>())
                    .put(version.revision().getId(), version.number());
        }
        for (Version<T> version : versions) {
            Version<T> before = previous.put(version.itemId(), version);
            T was = before == null || before.kind() == ChangeKind.DELETED ? null : before.item();
            List<FieldChange> changes = version.kind() == ChangeKind.DELETED ? List.of()
                    : fields.changes(was, version.item());
            if (version.kind() == ChangeKind.CHANGED && changes.isEmpty()) {
                continue;
            }
            Long restoredFrom = version.revision().getRestoredFrom();
            entries.add(new HistoryEntry(version.revision().getRecordedAt(), version.revision().getUsername(),
                    version.kind(), version.number(), version.revision().getId(), subject.apply(version.item()), changes,
                    null, restoredFrom == null ? null : numberByRevision.get(version.itemId()).get(restoredFrom)));
        }
        return entries;
    }

    private AuditQuery query(Class<?> type) {
        return AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(type, false, true)
                .addOrder(AuditEntity.id().asc())
                .addOrder(AuditEntity.revisionNumber().asc());
    }

    private <T> List<Version<T>> read(Class<T> type, AuditQuery query) {
        List<Version<T>> versions = new ArrayList<>();
        Map<Long, Integer> count = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            T item = type.cast(columns[0]);
            long id = ((Number) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(item))
                    .longValue();
            int number = count.merge(id, 1, Integer::sum);
            versions.add(new Version<>(id, number, (Revision) columns[1], kind((RevisionType) columns[2]), item));
        }
        return versions;
    }

    private static ChangeKind kind(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeKind.CREATED;
            case MOD -> ChangeKind.CHANGED;
            case DEL -> ChangeKind.DELETED;
        };
    }
}
