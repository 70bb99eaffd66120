package io.govshare.app.platform;

import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * How Flyway migrates GovShare's schema, on every database it supports: one set of scripts in
 * {@code db/migration/common}, with Flyway placeholders for the little SQL that differs. The application's start
 * ({@link StartupSequence}) and the schema parity test both configure Flyway here, so they run the same thing.
 * <p>
 * Placeholders, per {@link Dialect}:
 * <ul>
 * <li>{@code ${clob}}: a long text column (JSON documents, PEM): {@code CLOB} on Derby, {@code TEXT} on
 * PostgreSQL.</li>
 * <li>{@code ${fk_index}}: starts a one-line {@code CREATE INDEX} on a foreign key's columns, written as
 * {@code ${fk_index} name ON table (columns);}. PostgreSQL does not index foreign keys by itself, so there it is
 * {@code CREATE INDEX}; Derby backs every foreign key with an index of its own, so there it turns the line into a
 * comment rather than add a duplicate.</li>
 * </ul>
 * A placeholder in a comment is replaced too, so the scripts do not spell them out in comments.
 */
public final class SchemaMigrations {

    /**
     * The migrations. The folder holds an empty {@code flyway.location} file: Flyway needs it to list a folder
     * through Liberty's class loader.
     */
    public static final String LOCATION = "classpath:db/migration/common";

    /** The databases GovShare runs on, with the values of the placeholders the migrations use. */
    public enum Dialect {
        DERBY(Map.of(
                "clob", "CLOB",
                "fk_index", "-- Derby indexes every foreign key itself, no need for: CREATE INDEX")),
        POSTGRESQL(Map.of(
                "clob", "TEXT",
                "fk_index", "CREATE INDEX"));

        private final Map<String, String> placeholders;

        Dialect(Map<String, String> placeholders) {
            this.placeholders = placeholders;
        }

        /** The placeholder values the migrations are run with on this database. */
        public Map<String, String> placeholders() {
            return placeholders;
        }

        /**
         * The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}.
         *
         * @throws IllegalStateException for a database GovShare has no migrations for
         */
        public static Dialect of(String databaseProduct) {
            String product = databaseProduct.toLowerCase(Locale.ROOT);
            if (product.contains("derby")) {
                return DERBY;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("Unsupported database " + databaseProduct
                    + ": GovShare runs on embedded Derby (GOVSHARE_DB_URL unset) or PostgreSQL");
        }
    }

    private SchemaMigrations() {
    }

    /**
     * Flyway, configured for GovShare's migrations on a database of the given dialect; call {@code load().migrate()}.
     *
     * @param classLoader the loader that sees {@code db/migration/common} (under Liberty, the application's)
     */
    public static FluentConfiguration configure(ClassLoader classLoader, DataSource dataSource, Dialect dialect) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .callbackLocations(LOCATION) // SQL callbacks, if ever needed, sit beside the migrations
                .failOnMissingLocations(true)
                .placeholders(dialect.placeholders());
    }
}
