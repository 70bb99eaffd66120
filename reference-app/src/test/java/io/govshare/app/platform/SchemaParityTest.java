package io.govshare.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;

import io.govshare.app.platform.SchemaMigrations.Dialect;

/**
 * The one set of migrations gives Derby and PostgreSQL the same schema: it migrates a fresh embedded Derby
 * database and a fresh PostgreSQL database with {@link SchemaMigrations}, as the application does, and compares
 * what JDBC's {@link DatabaseMetaData} reports: tables, columns (type family, size, nullability, default,
 * identity), primary keys, foreign keys and indexes.
 * <p>
 * Indexes are compared by table, columns and uniqueness; a plain index also by name. The indexes a database makes
 * for a constraint are not: Derby names them {@code SQL…}, and reports the one behind a UNIQUE constraint on a
 * nullable column as not unique. An index on exactly a foreign key's columns is left to the foreign key: Derby
 * makes one for every foreign key, PostgreSQL has one only where a migration asks ({@code ${fk_index}}).
 * <p>
 * Needs PostgreSQL on 127.0.0.1:5432, user {@code postgres} (as {@code .ci/run} provides); it fails, saying how
 * to start it, when there is none. {@code -Dgovshare.test.postgres.url=jdbc:postgresql://host:port/postgres}
 * (and {@code .user}, {@code .password}) names another server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaParityTest {

    private static final String POSTGRES_URL =
            System.getProperty("govshare.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String POSTGRES_USER = System.getProperty("govshare.test.postgres.user", "postgres");
    private static final String POSTGRES_PASSWORD =
            System.getProperty("govshare.test.postgres.password", "postgres");

    /** Each vendor's column type name (lower case) and the family it stands for on both databases. */
    private static final Map<String, String> TYPE_FAMILIES = Map.ofEntries(
            Map.entry("varchar", "varchar"), // both
            Map.entry("char", "char"), Map.entry("bpchar", "char"),
            Map.entry("clob", "text"), Map.entry("text", "text"),
            Map.entry("blob", "binary"), Map.entry("bytea", "binary"),
            Map.entry("bigint", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("integer", "integer"), Map.entry("int4", "integer"),
            Map.entry("smallint", "smallint"), Map.entry("int2", "smallint"),
            Map.entry("decimal", "decimal"), Map.entry("numeric", "decimal"),
            Map.entry("double", "double"), Map.entry("float8", "double"),
            Map.entry("real", "real"), Map.entry("float4", "real"),
            Map.entry("boolean", "boolean"), Map.entry("bool", "boolean"),
            Map.entry("date", "date"), // both
            Map.entry("time", "time"), // both
            Map.entry("timestamp", "timestamp"), // both; PostgreSQL's timestamptz has no Derby twin
            Map.entry("timestamptz", "timestamp with time zone"));

    private Path derbyDir;
    private String postgresDatabase;
    private List<String> derby;
    private List<String> postgres;

    @BeforeAll
    void migrateBothDatabases() throws Exception {
        derbyDir = Files.createTempDirectory("govshare-schema-parity");
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", derbyDir.resolve("derby.log").toString());
        }
        EmbeddedDataSource derbySource = new EmbeddedDataSource();
        derbySource.setDatabaseName(derbyDir.resolve("db").toString());
        derbySource.setCreateDatabase("create");
        derby = migrateAndDescribe(derbySource, Dialect.DERBY);

        String database = "govshare_parity_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        adminStatement("CREATE DATABASE " + database);
        postgresDatabase = database; // from here on, dropped after the tests
        postgres = migrateAndDescribe(postgresSource(), Dialect.POSTGRESQL);
    }

    @AfterAll
    void dropBothDatabases() throws Exception {
        if (derbyDir != null) {
            try {
                DriverManager.getConnection("jdbc:derby:" + derbyDir.resolve("db") + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a database shut down as an exception (08006)
            }
            try (var files = Files.walk(derbyDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        if (postgresDatabase != null) {
            adminStatement("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
    }

    @Test
    void derbyAndPostgresqlEndWithTheSameTablesColumnsKeysAndIndexes() {
        assertTrue(derby.contains("table departments") && derby.contains("table notification"),
                "the migrations did not run on Derby:\n" + String.join("\n", derby));
        assertEquals("", differences(derby, postgres), "the migrations leave Derby and PostgreSQL different (an"
                + " index on a foreign key's columns is written ${fk_index}: see reference-app/README.md, Database"
                + " schema)");
    }

    /** The comparison sees a column or an index that only one database has. */
    @Test
    void aColumnOrIndexOnOneDatabaseOnlyIsADifference() throws Exception {
        try (Connection connection = postgresSource().getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false); // PostgreSQL's DDL is transactional: the probe is rolled back
            statement.execute("ALTER TABLE departments ADD COLUMN parity_probe VARCHAR(10)");
            statement.execute("CREATE INDEX parity_probe_index ON departments (region_name)");
            List<String> probed = describe(connection);
            connection.rollback();
            assertEquals("""
                    only on Derby:
                    only on PostgreSQL:
                      column departments.parity_probe varchar(10) null
                      index parity_probe_index on departments (region_name)
                    """.strip(), differences(derby, probed));
        }
    }

    /** The test's own database, on the server of {@link #POSTGRES_URL}. */
    private DataSource postgresSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + postgresDatabase);
        source.setUser(POSTGRES_USER);
        source.setPassword(POSTGRES_PASSWORD);
        return source;
    }

    private static void adminStatement(String sql) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            fail("PostgreSQL is needed at " + POSTGRES_URL + " as user " + POSTGRES_USER + " (" + e.getMessage()
                    + "). This test migrates a fresh database there and compares its schema with Derby's. Start the"
                    + " local cluster as .ci/run does: pg_ctlcluster $(ls /etc/postgresql) main start (Debian"
                    + " package postgresql), or give another server with -Dgovshare.test.postgres.url="
                    + "jdbc:postgresql://host:port/postgres (and -Dgovshare.test.postgres.user, .password).", e);
        }
    }

    private static List<String> migrateAndDescribe(DataSource source, Dialect dialect) throws SQLException {
        SchemaMigrations.configure(SchemaParityTest.class.getClassLoader(), source, dialect).load().migrate();
        try (Connection connection = source.getConnection()) {
            return describe(connection);
        }
    }

    private static String differences(List<String> derby, List<String> postgres) {
        List<String> onlyDerby = new ArrayList<>(derby);
        onlyDerby.removeAll(postgres);
        List<String> onlyPostgres = new ArrayList<>(postgres);
        onlyPostgres.removeAll(derby);
        if (onlyDerby.isEmpty() && onlyPostgres.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("only on Derby:");
        onlyDerby.forEach(line -> text.append("\n  ").append(line));
        text.append("\nonly on PostgreSQL:");
        onlyPostgres.forEach(line -> text.append("\n  ").append(line));
        return text.toString();
    }

    /** The schema as sorted lines in lower case, worded the same for both databases. */
    private static List<String> describe(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        TreeSet<String> lines = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) { // Flyway's own, per vendor
                    tables.add(table);
                }
            }
        }
        for (String table : tables) {
            String name = lower(table);
            lines.add("table " + name);
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    lines.add("column " + name + "." + lower(rs.getString("COLUMN_NAME")) + " " + column(rs));
                }
            }
            List<String> primaryKey = keyColumns(meta.getPrimaryKeys(null, schema, table), "KEY_SEQ");
            if (!primaryKey.isEmpty()) {
                lines.add("primary key " + name + " " + primaryKey);
            }
            List<List<String>> foreignKeyColumns = new ArrayList<>();
            Map<String, List<String>> foreignKeys = new HashMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String key = "foreign key " + lower(rs.getString("FK_NAME")) + " on " + name + " -> "
                            + lower(rs.getString("PKTABLE_NAME")) + " on delete " + rule(rs.getShort("DELETE_RULE"))
                            + " on update " + rule(rs.getShort("UPDATE_RULE"));
                    foreignKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getShort("KEY_SEQ") + ":"
                            + lower(rs.getString("FKCOLUMN_NAME")) + "=" + lower(rs.getString("PKCOLUMN_NAME")));
                }
            }
            foreignKeys.forEach((key, columns) -> {
                columns.sort(null);
                lines.add(key + " " + columns);
                foreignKeyColumns.add(columns.stream().map(c -> c.substring(c.indexOf(':') + 1, c.indexOf('=')))
                        .toList());
            });
            lines.addAll(indexes(meta, schema, table, primaryKey, foreignKeyColumns));
        }
        return List.copyOf(lines);
    }

    private static String column(ResultSet rs) throws SQLException {
        String vendorType = lower(rs.getString("TYPE_NAME"));
        String family = TYPE_FAMILIES.get(vendorType);
        if (family == null) {
            throw new AssertionError("column " + rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")
                    + " has type " + vendorType + ", which SchemaParityTest.TYPE_FAMILIES does not map yet");
        }
        String type = switch (family) {
            case "varchar", "char" -> family + "(" + rs.getInt("COLUMN_SIZE") + ")";
            case "decimal" -> family + "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")";
            default -> family;
        };
        String nullable = "NO".equals(rs.getString("IS_NULLABLE")) ? " not null" : " null";
        if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
            return type + nullable + " identity"; // Derby reports GENERATED_BY_DEFAULT as its default, PostgreSQL none
        }
        String value = rs.getString("COLUMN_DEF");
        // PostgreSQL adds a cast to literals ('x'::character varying)
        return type + nullable + (value == null ? "" : " default " + lower(value.replaceAll("::[a-z ]+$", "")));
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "cascade";
            case DatabaseMetaData.importedKeyRestrict -> "restrict";
            case DatabaseMetaData.importedKeySetNull -> "set null";
            case DatabaseMetaData.importedKeySetDefault -> "set default";
            default -> "no action";
        };
    }

    private static List<String> keyColumns(ResultSet rs, String sequence) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (rs) {
            while (rs.next()) {
                columns.put(rs.getShort(sequence), lower(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(columns.values());
    }

    private record Index(String name, boolean unique, List<String> columns) {
        boolean systemNamed() {
            return name.matches("sql\\d+.*"); // Derby's name for the index behind a constraint
        }
    }

    private static List<String> indexes(DatabaseMetaData meta, String schema, String table, List<String> primaryKey,
            List<List<String>> foreignKeyColumns) throws SQLException {
        Map<String, Boolean> unique = new HashMap<>();
        Map<String, Map<Short, String>> columns = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String name = lower(rs.getString("INDEX_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                columns.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        List<Index> all = new ArrayList<>();
        columns.forEach((name, cols) -> all.add(new Index(name, unique.get(name), List.copyOf(cols.values()))));
        // the primary key's index is the primary key
        all.removeIf(index -> index.unique() && index.columns().equals(primaryKey));
        // one index per foreign key is the foreign key's (Derby's own, or PostgreSQL's ${fk_index})
        for (List<String> foreignKey : foreignKeyColumns) {
            all.stream().filter(index -> !index.unique() && index.columns().equals(foreignKey))
                    .min(Comparator.comparing(index -> !index.systemNamed()))
                    .ifPresent(all::remove);
        }
        List<String> lines = new ArrayList<>();
        for (Index index : all) {
            String where = lower(table) + " (" + String.join(", ", index.columns()) + ")";
            if (index.unique() || index.systemNamed()) {
                // behind a UNIQUE constraint: Derby names it SQL… and calls it not unique on a nullable column
                lines.add("unique " + where);
            } else {
                lines.add("index " + index.name() + " on " + where);
            }
        }
        return lines;
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
