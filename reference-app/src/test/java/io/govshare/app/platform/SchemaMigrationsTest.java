package io.govshare.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.govshare.app.platform.SchemaMigrations.Dialect;

class SchemaMigrationsTest {

    @Test
    void picksTheDialectFromTheDatabaseProduct() {
        assertEquals(Dialect.DERBY, Dialect.of("Apache Derby"));
        assertEquals(Dialect.POSTGRESQL, Dialect.of("PostgreSQL"));
    }

    @Test
    void refusesADatabaseItHasNoMigrationsFor() {
        var e = assertThrows(IllegalStateException.class, () -> Dialect.of("MySQL"));
        assertTrue(e.getMessage().contains("Unsupported database MySQL"), e.getMessage());
    }

    @Test
    void everyDialectSetsTheSamePlaceholders() {
        assertEquals(Dialect.DERBY.placeholders().keySet(), Dialect.POSTGRESQL.placeholders().keySet());
    }

    @Test
    void theMigrationFolderHasTheMarkerLibertyNeeds() {
        assertNotNull(getClass().getClassLoader().getResource("db/migration/common/flyway.location"),
                "db/migration/common needs the empty flyway.location marker for Liberty's class loader");
    }

    /**
     * A migration written for the old per-database folders (derby/, postgresql/) would never run: Flyway reads
     * common/. Looks at the sources (surefire runs in the module's folder): target/classes may hold stale copies.
     */
    @Test
    void everyMigrationIsInTheCommonFolder() throws Exception {
        Path migrations = Path.of("src/main/resources/db/migration");
        assertTrue(Files.isDirectory(migrations), migrations.toAbsolutePath() + " not found");
        try (Stream<Path> files = Files.walk(migrations)) {
            assertEquals(List.of(), files
                    .filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .filter(f -> !f.getParent().getFileName().toString().equals("common"))
                    .map(f -> migrations.relativize(f).toString())
                    .toList(),
                    "migrations outside db/migration/common are never run: move them there, with ${clob} and"
                            + " ${fk_index} where the SQL differs (reference-app/README.md, Database)");
        }
    }
}
