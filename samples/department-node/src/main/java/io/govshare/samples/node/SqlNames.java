package io.govshare.samples.node;

import java.util.regex.Pattern;

/**
 * The rule for table and column names taken from a configuration file: plain SQL identifiers, so they can be
 * written into statements unquoted (each database then folds their case its own way) and cannot smuggle SQL in.
 */
final class SqlNames {

    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]{0,127}";
    private static final Pattern COLUMN = Pattern.compile(IDENTIFIER);
    private static final Pattern TABLE = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")?");

    private SqlNames() {
    }

    /** {@code name} if it is a column name; otherwise a {@link ConfigException} naming {@code property}. */
    static String column(String name, String property) {
        if (name == null || !COLUMN.matcher(name).matches()) {
            throw new ConfigException(property + ": '" + name + "' is not a column name (letters, digits and '_',"
                    + " starting with a letter or '_', at most 128 characters)");
        }
        return name;
    }

    /** {@code name} if it is a table name, optionally schema-qualified ({@code SCHEMA.TABLE}). */
    static String table(String name, String property) {
        if (name == null || !TABLE.matcher(name).matches()) {
            throw new ConfigException(property + ": '" + name + "' is not a table name ([SCHEMA.]TABLE of letters,"
                    + " digits and '_')");
        }
        return name;
    }
}
