package org.sovereigntywatch.importing;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedItemRepository extends JpaRepository<ImportedItem, ImportedItem.Key> {
}
