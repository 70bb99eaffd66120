package io.govshare.samples.node;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Reads a provider table's new and changed rows in change order: by the watermark column, then by the key column
 * (see {@link Watermark}). Rows stream from the database cursor to the caller one at a time, so a batch of any size
 * is read in bounded memory. Rows whose watermark is NULL are never read: give the column a default.
 *
 * <p>The selected columns are {@code columns} (in that order, from index 1), then the watermark column and the key
 * column, whose indexes are {@link #watermarkIndex()} and {@code watermarkIndex() + 1}.
 */
final class ChangeReader {

    /** Receives one row; the result set is positioned on it. */
    interface RowHandler {
        void row(ResultSet row) throws SQLException, IOException;
    }

    /** What a read found: how many rows, and the position of the last one (null if none). */
    record Batch(long rows, Watermark last) {
    }

    private static final int FETCH_SIZE = 500;

    private final String table;
    private final String watermarkColumn;
    private final String keyColumn;
    private final List<String> columns;
    private int watermarkType;
    private int keyType;
    private boolean typesKnown;

    ChangeReader(String table, String watermarkColumn, String keyColumn, List<String> columns) {
        this.table = SqlNames.table(table, "table");
        this.watermarkColumn = SqlNames.column(watermarkColumn, "watermark");
        this.keyColumn = SqlNames.column(keyColumn, "key");
        this.columns = List.copyOf(columns);
        this.columns.forEach(c -> SqlNames.column(c, "column"));
    }

    /** The index of the watermark column in each row; the key column follows it. */
    int watermarkIndex() {
        return columns.size() + 1;
    }

    /**
     * Hands each row after {@code after} (exclusive; null: from the start) up to {@code upTo} (inclusive; null: no
     * bound), in change order, at most {@code limit} rows (0: no limit), to {@code handler}.
     */
    Batch read(Connection db, Watermark after, Watermark upTo, int limit, RowHandler handler)
            throws SQLException, IOException {
        Objects.requireNonNull(handler, "handler");
        learnTypes(db);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : columns) {
            sql.append(column).append(", ");
        }
        sql.append(watermarkColumn).append(", ").append(keyColumn).append(" FROM ").append(table)
                .append(" WHERE ").append(watermarkColumn).append(" IS NOT NULL");
        if (after != null) {
            sql.append(" AND (").append(watermarkColumn).append(" > ? OR (").append(watermarkColumn).append(" = ? AND ")
                    .append(keyColumn).append(" > ?))");
        }
        if (upTo != null) {
            sql.append(" AND (").append(watermarkColumn).append(" < ? OR (").append(watermarkColumn).append(" = ? AND ")
                    .append(keyColumn).append(" <= ?))");
        }
        sql.append(" ORDER BY ").append(watermarkColumn).append(", ").append(keyColumn);
        if (limit > 0) {
            sql.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        }
        try (PreparedStatement select = db.prepareStatement(sql.toString())) {
            int parameter = 1;
            if (after != null) {
                parameter = bindPosition(select, parameter, after);
            }
            if (upTo != null) {
                bindPosition(select, parameter, upTo);
            }
            select.setFetchSize(FETCH_SIZE);
            long rows = 0;
            Watermark last = null;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String key = SqlText.read(row, watermarkIndex() + 1, keyType);
                    if (key == null) {
                        throw new SyncException(table + "." + keyColumn + " is NULL in a row with "
                                + watermarkColumn + " " + SqlText.read(row, watermarkIndex(), watermarkType)
                                + "; the key column must be NOT NULL and unique");
                    }
                    handler.row(row);
                    last = new Watermark(SqlText.read(row, watermarkIndex(), watermarkType), key);
                    rows++;
                }
            }
            return new Batch(rows, last);
        }
    }

    private int bindPosition(PreparedStatement select, int parameter, Watermark position) throws SQLException {
        SqlText.bind(select, parameter, position.value(), watermarkType);
        SqlText.bind(select, parameter + 1, position.value(), watermarkType);
        SqlText.bind(select, parameter + 2, position.key(), keyType);
        return parameter + 3;
    }

    private void learnTypes(Connection db) throws SQLException {
        if (typesKnown) {
            return;
        }
        try (Statement probe = db.createStatement();
             ResultSet empty = probe.executeQuery("SELECT " + watermarkColumn + ", " + keyColumn + " FROM " + table
                     + " WHERE 1 = 0")) {
            watermarkType = empty.getMetaData().getColumnType(1);
            keyType = empty.getMetaData().getColumnType(2);
            typesKnown = true;
        }
    }
}
