package io.govshare.samples.node;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import io.govshare.catalog.DataItemType;
import io.govshare.catalog.ShareType;

/**
 * Turns a provider table's row into a packet record: one member per mapped data item, in the catalog entry's
 * order, each value written as SPEC §3 types it by the item's type (DECIMAL as a digit string, DATE as
 * YYYY-MM-DD, DATETIME as RFC 3339 with the offset of the configured zone, BINARY as base64, GEOMETRY as the
 * GeoJSON object the column holds as text). SQL NULL becomes JSON null, which the receiver stores as NULL.
 *
 * <p>Built only for a mapping that fits the entry: every mapped item is an item of the entry, and none is
 * 不予共享 (NONE) — such an item must never leave the department, so mapping it is a configuration error.
 */
final class RecordMapper {

    private final List<DataItem> items;
    private final List<String> columns;
    private final ZoneId zone;

    /** @throws ConfigException naming the mapping's property for an item the entry lacks or does not share */
    RecordMapper(TableMapping mapping, CatalogEntry entry, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        Map<String, DataItem> byName = entry.dataItems().stream()
                .filter(item -> item.name() != null)
                .collect(Collectors.toMap(DataItem::name, Function.identity(), (a, b) -> a));
        ShareType resourceShare = entry.share() == null ? null : entry.share().type();
        for (String item : mapping.columnsByItem().keySet()) {
            DataItem known = byName.get(item);
            String property = "table." + mapping.name() + ".item." + item;
            if (known == null) {
                throw new ConfigException(property + ": '" + item + "' is not a data item of catalog entry "
                        + entry.code() + "; its items are " + byName.keySet());
            }
            if (known.effectiveShareType(resourceShare) == ShareType.NONE) {
                throw new ConfigException(property + ": '" + item + "' is 不予共享 (share type NONE) in catalog entry "
                        + entry.code() + " and must never leave the department; remove it from the mapping");
            }
        }
        List<DataItem> mapped = new ArrayList<>();
        List<String> mappedColumns = new ArrayList<>();
        for (DataItem item : entry.dataItems()) { // the catalog's order, so every record reads the same way
            String column = item.name() == null ? null : mapping.column(item.name());
            if (column != null) {
                mapped.add(item);
                mappedColumns.add(column);
            }
        }
        this.items = List.copyOf(mapped);
        this.columns = List.copyOf(mappedColumns);
    }

    /** The columns to select, in the order {@link #record} reads them (from index 1). */
    List<String> columns() {
        return columns;
    }

    /**
     * The record of the row the result set is on.
     *
     * @throws SyncException if a column's value cannot be written as its item's type
     */
    JsonObject record(ResultSet row) throws SQLException {
        JsonObjectBuilder record = Json.createObjectBuilder();
        for (int i = 0; i < items.size(); i++) {
            DataItem item = items.get(i);
            try {
                record.add(item.name(), value(row, i + 1, item.type()));
            } catch (IllegalArgumentException | ArithmeticException | JsonException e) {
                throw new SyncException("column " + columns.get(i) + " cannot be written as item '" + item.name()
                        + "' (" + item.type() + "): " + e.getMessage(), e);
            }
        }
        return record.build();
    }

    private JsonValue value(ResultSet row, int index, DataItemType type) throws SQLException {
        DataItemType effective = type == null ? DataItemType.STRING : type;
        return switch (effective) {
            case STRING -> {
                String text = row.getString(index);
                yield text == null ? JsonValue.NULL : Json.createValue(text);
            }
            case INTEGER -> {
                BigDecimal number = row.getBigDecimal(index);
                if (number == null) {
                    yield JsonValue.NULL;
                }
                yield Json.createValue(number.toBigIntegerExact()); // a fraction is an error, never rounded away
            }
            case DECIMAL -> {
                BigDecimal number = row.getBigDecimal(index);
                yield number == null ? JsonValue.NULL : Json.createValue(number.toPlainString());
            }
            case DATE -> {
                Date date = row.getDate(index);
                yield date == null ? JsonValue.NULL : Json.createValue(date.toLocalDate().toString());
            }
            case DATETIME -> {
                // a TIMESTAMP without zone holds the department's wall-clock time: read it in the configured zone
                Timestamp timestamp = row.getTimestamp(index, Calendar.getInstance(TimeZone.getTimeZone(zone)));
                yield timestamp == null ? JsonValue.NULL : Json.createValue(timestamp.toInstant().atZone(zone)
                        .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            case BOOLEAN -> {
                boolean flag = row.getBoolean(index);
                yield row.wasNull() ? JsonValue.NULL : flag ? JsonValue.TRUE : JsonValue.FALSE;
            }
            case BINARY -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? JsonValue.NULL : Json.createValue(Base64.getEncoder().encodeToString(bytes));
            }
            case GEOMETRY -> {
                String geoJson = row.getString(index);
                if (geoJson == null) {
                    yield JsonValue.NULL;
                }
                try (var reader = Json.createReader(new StringReader(geoJson))) {
                    yield reader.readObject();
                }
            }
        };
    }
}
