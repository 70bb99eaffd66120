package io.govshare.app.catalog;

import java.util.List;

/**
 * Fired inside the transaction that saved catalog entries; observers that must not see uncommitted data (the
 * search index) observe it with {@code during = TransactionPhase.AFTER_SUCCESS}. One event per transaction, so a
 * bulk import costs one index commit.
 */
public record CatalogChanged(List<StoredEntry> saved) {

    public CatalogChanged {
        saved = List.copyOf(saved);
    }

    public long highestChangeSeq() {
        return saved.stream().mapToLong(StoredEntry::changeSeq).max().orElse(0);
    }
}
