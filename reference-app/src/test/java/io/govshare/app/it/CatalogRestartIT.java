package io.govshare.app.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static io.govshare.app.it.CatalogFixtures.POLICE;
import static io.govshare.app.it.CatalogFixtures.RESOURCES;
import static io.govshare.app.it.CatalogFixtures.newEntry;
import static io.govshare.app.it.CatalogFixtures.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index stays consistent with the database across restarts — including after a crash left the index
 * behind the database, which is simulated by putting back a copy of the index taken before the last change.
 * Runs in its own failsafe execution after the other integration tests, because it stops and starts the server.
 */
class CatalogRestartIT {

    private static final Path INDEX = Path.of(System.getProperty("govshare.it.data.dir", "target/it-data"))
            .resolve("search").resolve("catalog");

    private final String admin = Api.demoToken("admin");

    @Test
    void anIndexThatMissedChangesIsRepairedAtStart() throws Exception {
        String kept = CatalogFixtures.create(admin, newEntry(uniqueName("重启前已索引的资源"), POLICE)).getString("code");
        TestServer.command("stop");
        Path snapshot = Files.createTempDirectory("index-before-last-change");
        copy(INDEX, snapshot);
        TestServer.command("start");
        TestServer.awaitReady(RESOURCES + "?size=1", admin);

        String missed = CatalogFixtures.create(admin, newEntry(uniqueName("索引遗漏的资源"), POLICE)).getString("code");
        TestServer.command("stop");
        delete(INDEX);
        copy(snapshot, INDEX); // the index as it was before 'missed' was saved: a crash between commit and index
        TestServer.command("start");
        TestServer.awaitReady(RESOURCES + "?size=1", admin);

        assertEquals(List.of(missed), codes(RESOURCES + "?q=" + CatalogSearchIT.enc(missed)));
        assertEquals(List.of(kept), codes(RESOURCES + "?q=" + CatalogSearchIT.enc(kept)));
        long inDatabase = Api.get("/api/v1/catalog/statistics", admin).object().getJsonNumber("total").longValue();
        long inIndex = Api.get(RESOURCES + "?size=1", admin).object().getJsonNumber("total").longValue();
        assertEquals(inDatabase, inIndex, "every stored entry is searchable, and nothing else");
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
        TestServer.command("stop");
        delete(INDEX);
        TestServer.command("start");
        TestServer.awaitReady(RESOURCES + "?size=1", admin);
        long inDatabase = Api.get("/api/v1/catalog/statistics", admin).object().getJsonNumber("total").longValue();
        JsonObject all = Api.get(RESOURCES + "?size=1", admin).object();
        assertEquals(inDatabase, all.getJsonNumber("total").longValue());
        assertTrue(Api.get(RESOURCES + "?q=" + CatalogSearchIT.enc("人口"), admin).object().getInt("total") >= 12);
    }

    private List<String> codes(String path) {
        return Api.get(path, admin).object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("code")).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
