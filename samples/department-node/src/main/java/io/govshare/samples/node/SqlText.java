package io.govshare.samples.node;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Column values as text that binds back to the same value, for watermark positions kept in the state table:
 * numbers in plain decimal, dates as ISO dates, timestamps as the instant of their wall-clock time read in UTC
 * (so no daylight-saving gap or JVM time zone can shift them), anything else as the driver's string.
 */
final class SqlText {

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private SqlText() {
    }

    /** The value of column {@code index} of type {@code sqlType} as text; null for SQL NULL. */
    static String read(ResultSet rows, int index, int sqlType) throws SQLException {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal number = rows.getBigDecimal(index);
                yield number == null ? null : number.toPlainString();
            }
            case Types.DATE -> {
                Date date = rows.getDate(index);
                yield date == null ? null : date.toLocalDate().toString();
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp timestamp = rows.getTimestamp(index, utc());
                yield timestamp == null ? null : timestamp.toInstant().toString();
            }
            default -> rows.getString(index);
        };
    }

    /** Binds {@code text} (from {@link #read}) as parameter {@code index} for a column of {@code sqlType}. */
    static void bind(PreparedStatement statement, int index, String text, int sqlType) throws SQLException {
        switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC ->
                    statement.setBigDecimal(index, new BigDecimal(text));
            case Types.DATE -> statement.setDate(index, Date.valueOf(LocalDate.parse(text)));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                    statement.setTimestamp(index, Timestamp.from(Instant.parse(text)), utc());
            default -> statement.setString(index, text);
        }
    }

    private static Calendar utc() {
        return Calendar.getInstance(UTC); // a Calendar is mutable: one per call
    }
}
