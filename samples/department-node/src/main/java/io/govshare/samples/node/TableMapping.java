package io.govshare.samples.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.govshare.catalog.ResourceCode;

/**
 * How one database table maps onto one catalog resource: which column holds which data item, which item is the
 * row's key, and (provider side) which column tells that a row is new or changed.
 *
 * <p>Invariants: the table and every column are plain SQL identifiers; at least one item is mapped and the key
 * item is one of them; items and columns are unique.
 *
 * @param name            the mapping's name in the configuration ({@code table.<name>.*}), for messages
 * @param resource        the catalog resource the rows are records of
 * @param table           the table, optionally {@code SCHEMA.TABLE}
 * @param keyItem         the data item that identifies a row: the provider's tie-breaker between rows with the
 *                        same watermark (so its column must be unique and not null), the consumer's upsert key
 * @param watermarkColumn provider side: a column whose value grows whenever a row is inserted or changed (an
 *                        {@code updated_at} timestamp or a change number); null on a consumer
 * @param columnsByItem   data item name → column (records are written in the catalog entry's item order)
 */
public record TableMapping(String name, ResourceCode resource, String table, String keyItem, String watermarkColumn,
                           Map<String, String> columnsByItem) {

    public TableMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resource, "resource");
        String prefix = "table." + name + ".";
        SqlNames.table(table, prefix + "name");
        if (watermarkColumn != null) {
            SqlNames.column(watermarkColumn, prefix + "watermark");
        }
        Objects.requireNonNull(columnsByItem, "columnsByItem");
        if (columnsByItem.isEmpty()) {
            throw new ConfigException(prefix + "item.*: map at least one data item to a column"
                    + " (" + prefix + "item.<data item name>=<COLUMN>)");
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> item : columnsByItem.entrySet()) {
            String column = SqlNames.column(item.getValue(), prefix + "item." + item.getKey());
            String other = seen.put(column.toUpperCase(java.util.Locale.ROOT), item.getKey());
            if (other != null) {
                throw new ConfigException(prefix + "item." + item.getKey() + ": column " + column
                        + " is already mapped to item '" + other + "'; each column holds one item");
            }
        }
        if (keyItem == null || !columnsByItem.containsKey(keyItem)) {
            throw new ConfigException(prefix + "key: the key must name one of the mapped data items "
                    + columnsByItem.keySet() + ", got " + (keyItem == null ? "nothing" : "'" + keyItem + "'"));
        }
        columnsByItem = Collections.unmodifiableMap(new LinkedHashMap<>(columnsByItem));
    }

    /** The column of the key item. */
    public String keyColumn() {
        return columnsByItem.get(keyItem);
    }

    /** The column of {@code item}, or null if the item is not mapped. */
    public String column(String item) {
        return columnsByItem.get(item);
    }
}
