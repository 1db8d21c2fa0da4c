package org.sovereigntywatch.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.sovereigntywatch.base.PlainText;
import org.springframework.data.domain.Persistable;

/**
 * An item an import brought in, named on its page: its kind's name ("concern", "measure", "platform",
 * "jurisdiction"), its id and the import's id. Steps and sources have no page of their own and are not listed.
 */
@Entity
class ImportedItem implements Persistable<ImportedItem.Key> {

    @Embeddable
    record Key(@PlainText @Column(name = "item_kind", length = 20) String kind,
               @Column(name = "item_id") long itemId) {
    }

    @EmbeddedId
    private Key key = new Key("", 0);

    @Column(nullable = false, updatable = false)
    private long importId;

    protected ImportedItem() {
    }

    ImportedItem(String kind, long itemId, long importId) {
        this.key = new Key(kind, itemId);
        this.importId = importId;
    }

    long getImportId() {
        return importId;
    }

    @Override
    public Key getId() {
        return key;
    }

    /** Always new: lines are only ever added, so saving one inserts it without looking it up first. */
    @Override
    public boolean isNew() {
        return true;
    }
}
