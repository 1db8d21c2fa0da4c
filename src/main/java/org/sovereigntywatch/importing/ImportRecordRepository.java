package org.sovereigntywatch.importing;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

    @Query("select r from ImportRecord r order by r.importedAt desc, r.id desc")
    List<ImportRecord> findLatest(Pageable pageable);

    @Query("select r from ImportRecord r, ImportedItem i where i.importId = r.id and i.key.kind = :kind "
            + "and i.key.itemId = :itemId")
    Optional<ImportRecord> findBringing(String kind, long itemId);
}
