package io.govshare.samples.node;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.govshare.exchange.PacketOperation;

/**
 * Applies delivered records to a consumer's table on one connection, inside the caller's transaction:
 * INCREMENTAL records are upserted by the key item (update, or insert when no row has the key), DELETE records
 * delete the row with their key, and FULL replaces the table's content with the packet's records.
 *
 * <p>Only mapped items are written; a delivered item the mapping lacks is ignored, and a mapped item absent from
 * a record leaves its column as it is. Values are converted by the column's SQL type: a DATE column gets the
 * record's date, a TIMESTAMP column the date-time's instant as wall-clock time in the configured zone, a numeric
 * column the exact number, a binary column the decoded base64, anything else the text (GeoJSON as JSON text).
 * Close it to release its statements.
 */
final class TableWriter implements AutoCloseable {

    /** How many rows a delivery changed. */
    record Applied(long upserted, long deleted) {
    }

    private final TableMapping mapping;
    private final Connection db;
    private final ZoneId zone;
    private final Map<String, Integer> columnTypes = new HashMap<>();
    private final Map<List<String>, PreparedStatement> updates = new HashMap<>();
    private final Map<List<String>, PreparedStatement> inserts = new HashMap<>();
    private PreparedStatement exists;
    private PreparedStatement delete;

    TableWriter(TableMapping mapping, Connection db, ZoneId zone) throws SQLException {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.db = Objects.requireNonNull(db, "db");
        this.zone = Objects.requireNonNull(zone, "zone");
        List<String> columns = new ArrayList<>(mapping.columnsByItem().values());
        try (Statement probe = db.createStatement();
             ResultSet empty = probe.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + mapping.table()
                     + " WHERE 1 = 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 0; i < columns.size(); i++) {
                columnTypes.put(columns.get(i), meta.getColumnType(i + 1));
            }
        }
    }

    /** Applies every record of {@code records} as {@code operation} says. */
    Applied apply(PacketOperation operation, Iterator<JsonObject> records) throws SQLException {
        long upserted = 0;
        long deleted = 0;
        if (operation == PacketOperation.FULL) {
            try (Statement clear = db.createStatement()) {
                deleted += clear.executeUpdate("DELETE FROM " + mapping.table());
            }
        }
        long line = 0;
        while (records.hasNext()) {
            JsonObject record = records.next();
            line++;
            if (operation == PacketOperation.DELETE) {
                deleted += delete(record, line);
            } else {
                upsert(record, line);
                upserted++;
            }
        }
        return new Applied(upserted, deleted);
    }

    private void upsert(JsonObject record, long line) throws SQLException {
        JsonValue key = key(record, line);
        List<String> items = new ArrayList<>();
        for (String item : mapping.columnsByItem().keySet()) {
            if (!item.equals(mapping.keyItem()) && record.containsKey(item)) {
                items.add(item);
            }
        }
        if (!items.isEmpty()) {
            PreparedStatement update = updates.computeIfAbsent(items, this::prepareUpdate);
            int parameter = 1;
            for (String item : items) {
                bind(update, parameter++, item, record.get(item), line);
            }
            bind(update, parameter, mapping.keyItem(), key, line);
            if (update.executeUpdate() > 0) {
                return;
            }
        } else if (keyExists(key, line)) {
            return;
        }
        PreparedStatement insert = inserts.computeIfAbsent(items, this::prepareInsert);
        bind(insert, 1, mapping.keyItem(), key, line);
        int parameter = 2;
        for (String item : items) {
            bind(insert, parameter++, item, record.get(item), line);
        }
        insert.executeUpdate();
    }

    private long delete(JsonObject record, long line) throws SQLException {
        if (delete == null) {
            delete = db.prepareStatement("DELETE FROM " + mapping.table() + " WHERE " + mapping.keyColumn() + " = ?");
        }
        bind(delete, 1, mapping.keyItem(), key(record, line), line);
        return delete.executeUpdate();
    }

    private boolean keyExists(JsonValue key, long line) throws SQLException {
        if (exists == null) {
            exists = db.prepareStatement("SELECT 1 FROM " + mapping.table() + " WHERE " + mapping.keyColumn() + " = ?");
        }
        bind(exists, 1, mapping.keyItem(), key, line);
        try (ResultSet row = exists.executeQuery()) {
            return row.next();
        }
    }

    private JsonValue key(JsonObject record, long line) {
        JsonValue key = record.get(mapping.keyItem());
        if (key == null || key.getValueType() == JsonValue.ValueType.NULL) {
            throw new SyncException("record " + line + " has no value for the key item '" + mapping.keyItem()
                    + "' of table." + mapping.name() + "; is the key item among the items granted to this department?");
        }
        return key;
    }

    private PreparedStatement prepareUpdate(List<String> items) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(mapping.table()).append(" SET ");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(mapping.column(items.get(i))).append(" = ?");
        }
        sql.append(" WHERE ").append(mapping.keyColumn()).append(" = ?");
        return prepare(sql.toString());
    }

    private PreparedStatement prepareInsert(List<String> items) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(mapping.table()).append(" (")
                .append(mapping.keyColumn());
        for (String item : items) {
            sql.append(", ").append(mapping.column(item));
        }
        sql.append(") VALUES (?").append(", ?".repeat(items.size())).append(")");
        return prepare(sql.toString());
    }

    private PreparedStatement prepare(String sql) {
        try {
            return db.prepareStatement(sql);
        } catch (SQLException e) {
            throw new SyncException("table." + mapping.name() + ": cannot prepare " + sql + ": " + e.getMessage(), e);
        }
    }

    private void bind(PreparedStatement statement, int index, String item, JsonValue value, long line)
            throws SQLException {
        String column = mapping.column(item);
        int type = columnTypes.get(column);
        try {
            bindValue(statement, index, value, type);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            throw new SyncException("record " + line + ": item '" + item + "' value " + value + " does not fit column "
                    + mapping.table() + "." + column + ": " + e.getMessage(), e);
        }
    }

    private void bindValue(PreparedStatement statement, int index, JsonValue value, int type) throws SQLException {
        switch (value.getValueType()) {
            case NULL -> statement.setNull(index, type);
            case TRUE, FALSE -> {
                if (isText(type)) {
                    statement.setString(index, value.toString());
                } else {
                    statement.setBoolean(index, value == JsonValue.TRUE);
                }
            }
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                if (isText(type)) {
                    statement.setString(index, number.toString());
                } else if (number.isIntegral()) {
                    statement.setLong(index, number.longValueExact());
                } else {
                    statement.setBigDecimal(index, number.bigDecimalValue());
                }
            }
            case STRING -> bindText(statement, index, ((JsonString) value).getString(), type);
            default -> statement.setString(index, value.toString()); // a GeoJSON object or array, as JSON text
        }
    }

    private void bindText(PreparedStatement statement, int index, String text, int type) throws SQLException {
        switch (type) {
            case Types.DATE -> statement.setDate(index, java.sql.Date.valueOf(LocalDate.parse(text)));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> statement.setTimestamp(index,
                    Timestamp.from(OffsetDateTime.parse(text).toInstant()), Calendar.getInstance(TimeZone.getTimeZone(zone)));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                 Types.REAL, Types.FLOAT, Types.DOUBLE -> statement.setBigDecimal(index, new BigDecimal(text));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    statement.setBytes(index, Base64.getDecoder().decode(text));
            default -> statement.setString(index, text);
        }
    }

    private static boolean isText(int type) {
        return type == Types.CHAR || type == Types.VARCHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                || type == Types.NCHAR || type == Types.NVARCHAR || type == Types.LONGNVARCHAR || type == Types.NCLOB;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        List<PreparedStatement> all = new ArrayList<>(updates.values());
        all.addAll(inserts.values());
        all.add(exists);
        all.add(delete);
        for (PreparedStatement statement : all) {
            if (statement == null) {
                continue;
            }
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
