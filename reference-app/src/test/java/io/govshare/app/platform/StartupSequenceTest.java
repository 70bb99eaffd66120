package io.govshare.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class StartupSequenceTest {

    @Test
    void picksTheMigrationFolderFromTheDatabaseProduct() {
        assertEquals("derby", StartupSequence.vendorFolder("Apache Derby"));
        assertEquals("postgresql", StartupSequence.vendorFolder("PostgreSQL"));
    }

    @Test
    void refusesADatabaseItHasNoMigrationsFor() {
        var e = assertThrows(IllegalStateException.class, () -> StartupSequence.vendorFolder("MySQL"));
        assertTrue(e.getMessage().contains("Unsupported database MySQL"), e.getMessage());
    }

    @Test
    void bothVendorsHaveTheSameMigrationVersions() throws Exception {
        var loader = getClass().getClassLoader();
        for (String vendor : new String[] {"derby", "postgresql"}) {
            assertTrue(loader.getResource("db/migration/" + vendor + "/flyway.location") != null,
                    vendor + " needs the flyway.location marker for Liberty's class loader");
        }
        Path derby = Path.of(loader.getResource("db/migration/derby").toURI());
        Path postgres = Path.of(loader.getResource("db/migration/postgresql").toURI());
        try (Stream<Path> d = Files.list(derby); Stream<Path> p = Files.list(postgres)) {
            assertEquals(d.map(f -> f.getFileName().toString()).sorted().toList(),
                    p.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
