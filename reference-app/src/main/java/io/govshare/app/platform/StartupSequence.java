package io.govshare.app.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;

import org.flywaydb.core.api.output.MigrateResult;

/**
 * The platform's start: migrate the schema with Flyway, then fire {@link DatabaseReady} so each feature prepares
 * its data in the documented order. Runs when the application scope starts, that is before Liberty reports the
 * application started and before it routes any request to it.
 * <p>
 * The log shows the whole sequence: the migration result, the observers in the order they will run, and the
 * time it took. Any failure stops the application from starting rather than serving a half-prepared database.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Resource(lookup = "jdbc/govshare")
    DataSource dataSource;

    @Inject
    PlatformConfig config;

    @Inject
    Event<DatabaseReady> databaseReady;

    @Inject
    BeanManager beanManager;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long started = System.nanoTime();
        LOG.info(() -> "GovShare starting: data dir " + config.dataDir() + ", demo mode " + config.demoMode());
        String product = databaseProduct();
        MigrateResult result = SchemaMigrations.configure(StartupSequence.class.getClassLoader(), dataSource,
                        SchemaMigrations.Dialect.of(product))
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        LOG.info(() -> "Database " + product + " at schema version " + version + " ("
                + result.migrationsExecuted + " migration(s) applied now)");

        DatabaseReady ready = new DatabaseReady(product, version, config.demoMode());
        LOG.info(() -> "DatabaseReady observers, in order: " + observers(ready));
        databaseReady.fire(ready);
        LOG.info(() -> "GovShare start sequence done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database jdbc/govshare (check GOVSHARE_DB_URL, "
                    + "GOVSHARE_DB_USER, GOVSHARE_DB_PASSWORD): " + e.getMessage(), e);
        }
    }

    private String observers(DatabaseReady ready) {
        String list = beanManager.resolveObserverMethods(ready).stream()
                .sorted(Comparator.comparingInt(ObserverMethod::getPriority))
                .map(o -> o.getPriority() + " " + o.getBeanClass().getSimpleName())
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "none" : list;
    }
}
