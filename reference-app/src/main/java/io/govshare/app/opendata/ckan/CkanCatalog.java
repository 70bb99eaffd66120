package io.govshare.app.opendata.ckan;

import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.opendata.OpenDatasetId;
import io.govshare.app.opendata.OpenReleaseFileRow;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.json.CatalogJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The open catalog as CKAN packages, for the Action API: each read in one transaction. */
@ApplicationScoped
class CkanCatalog {

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository repository;
    @Inject
    OpenLicence licence;

    /** One page of a package_search and how many packages matched in all. */
    record Found(int count, List<CkanDataset> page) {
    }

    /** Every open entry in code order. */
    public List<CatalogEntry> entries() {
        return catalog.all();
    }

    /** The names of every open dataset, sorted. */
    public List<String> names() {
        return catalog.all().stream().map(e -> OpenDatasetId.of(e.code().value())).sorted().toList();
    }

    @Transactional
    public Found search(PackageSearch search, URI base) {
        List<CatalogEntry> entries = search.all() ? catalog.all()
                : catalog.search(search.q(), 1, SearchQuery.MAX_SIZE).items().stream()
                .map(hit -> CatalogJson.read(hit.json()).entry()).toList();
        List<CkanDataset> found = new ArrayList<>(datasets(entries, base).stream().filter(search.filter()).toList());
        found.sort(search.order());
        return new Found(found.size(), found.stream().skip(search.start()).limit(search.rows()).toList());
    }

    /** The package whose name or id this is. */
    @Transactional
    public Optional<CkanDataset> find(String id, URI base) {
        return datasets(catalog.all(), base).stream()
                .filter(d -> d.name().equals(id) || d.json().getString("id").equals(id))
                .findFirst();
    }

    /** The resource with this id among the files of each dataset's latest release. */
    @Transactional
    public Optional<JsonObject> resource(String id, URI base) {
        for (CkanDataset dataset : datasets(catalog.all(), base)) {
            for (OpenReleaseFileRow file : dataset.files()) {
                String code = dataset.entry().code().value();
                if (Ckan.resourceId(code, dataset.latest().version(), file.format()).equals(id)) {
                    return Optional.of(Ckan.resource(dataset.entry(), dataset.latest(), file, base,
                            dataset.files().indexOf(file)).build());
                }
            }
        }
        return Optional.empty();
    }

    private List<CkanDataset> datasets(List<CatalogEntry> entries, URI base) {
        var latest = repository.latestPublished();
        List<CkanDataset> datasets = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            OpenReleaseRow release = latest.get(entry.code().value());
            List<OpenReleaseFileRow> files = release == null ? List.of() : repository.files(release.id());
            datasets.add(new CkanDataset(entry, release, files,
                    Ckan.packageJson(entry, release, files, base, licence).build()));
        }
        return datasets;
    }
}
