package io.govshare.app.catalog;

import io.govshare.app.platform.DatabaseReady;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds the demo city's catalog (reference-app/src/main/resources/demo/catalog-entries.json) on an empty database
 * when demo mode is on: most entries published, a few in each earlier status so every screen has something to show.
 */
@ApplicationScoped
public class CatalogDemoSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogDemoSeeder.class.getName());
    static final String DEMO_CATALOG = "demo/catalog-entries.json";

    @Inject
    CatalogRepository repository;
    @Inject
    CatalogService service;

    void seed(@Observes @Priority(DatabaseReady.SEED_CATALOG) DatabaseReady ready) {
        if (!ready.demoMode() || repository.count() > 0) {
            return;
        }
        List<ParsedEntry> entries = CatalogJson.readArray(read(DEMO_CATALOG));
        int seeded = service.seedDemo(entries, CatalogDemoSeeder::demoStatus);
        LOG.info("Demo catalog seeded: " + seeded + " of " + entries.size() + " entries");
    }

    /** A fixed spread, so demos and tests can rely on it: one in twenty each in DRAFT, SUBMITTED and REGISTERED. */
    static CatalogStatus demoStatus(int index) {
        return switch (index % 20) {
            case 3 -> CatalogStatus.DRAFT;
            case 7 -> CatalogStatus.SUBMITTED;
            case 11 -> CatalogStatus.REGISTERED;
            default -> CatalogStatus.PUBLISHED;
        };
    }

    private static String read(String resource) {
        try (InputStream in = CatalogDemoSeeder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo catalog " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
