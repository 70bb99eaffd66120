package io.govshare.samples.node;

import java.util.Objects;

/**
 * A row's place in a provider table's change order: its watermark column value, then its key column value as the
 * tie-breaker, both as text ({@link SqlText}). Ordering by both makes every row's place unique, so a batch may end
 * between two rows with the same {@code updated_at} without losing the second one.
 *
 * @param value the watermark column's value as text
 * @param key   the key column's value as text
 */
record Watermark(String value, String key) {

    Watermark {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return value + " / " + key;
    }
}
