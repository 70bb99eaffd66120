package io.govshare.app.opendata.ckan;

import io.govshare.app.opendata.OpenDatasetViews;
import io.govshare.app.opendata.OpenReleaseFileRow;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.opendata.OpenCatalog;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.ClassificationCode;
import io.govshare.catalog.DepartmentCode;
import io.govshare.opendata.dcat.DcatWriter;
import io.govshare.opendata.dcat.DistributionFormat;
import io.govshare.opendata.dcat.OpenDataService;
import io.govshare.opendata.dcat.OpenDataset;
import io.govshare.opendata.dcat.OpenDistribution;
import io.govshare.opendata.dcat.Publisher;
import io.govshare.opendata.dcat.RdfFormat;
import io.govshare.opendata.dcat.Theme;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open catalog as DCAT-AP 3.0.0 for harvesters (data.europa.eu, CKAN's DCAT harvester, national portals):
 * {@code /dcat/catalog.ttl}, {@code .jsonld} and {@code .rdf}. Every open dataset is listed; those with a published
 * release carry one distribution per file of the latest version, with SHA-256 (SPDX) and SM3 checksums.
 */
@Path("dcat")
@RequestScoped
@Tag(name = "open data")
@PermitAll
public class DcatResource {

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository repository;
    @Inject
    OpenLicence licence;

    @Inject
    @ConfigProperty(name = "govshare.open.catalog.title", defaultValue = "示范市公共数据开放目录")
    String title;
    @Inject
    @ConfigProperty(name = "govshare.open.catalog.description",
            defaultValue = "示范市各部门依法开放的公共数据资源目录，含数据集的元数据、开放属性和可下载的脱敏数据文件。")
    String description;
    @Inject
    @ConfigProperty(name = "govshare.open.publisher.name", defaultValue = "示范市政务服务数据管理局")
    String publisherName;
    @Inject
    @ConfigProperty(name = "govshare.open.publisher.code", defaultValue = "113905000139052474")
    String publisherCode;

    @Context
    UriInfo uri;

    @GET
    @Path("catalog.ttl")
    @Operation(summary = "The open catalog as DCAT-AP 3 Turtle")
    public Response turtle() {
        return catalogIn(RdfFormat.TURTLE);
    }

    @GET
    @Path("catalog.jsonld")
    @Operation(summary = "The open catalog as DCAT-AP 3 JSON-LD")
    public Response jsonLd() {
        return catalogIn(RdfFormat.JSON_LD);
    }

    @GET
    @Path("catalog.rdf")
    @Operation(summary = "The open catalog as DCAT-AP 3 RDF/XML")
    public Response rdfXml() {
        return catalogIn(RdfFormat.RDF_XML);
    }

    private Response catalogIn(RdfFormat format) {
        URI base = uri.getBaseUri();
        List<OpenDataset> datasets = datasets(base);
        // the catalog changed last when its newest dataset did: stable between requests, so harvesters and caches
        // see the same document until something really changes
        OffsetDateTime modified = datasets.stream()
                .map(d -> d.modified() != null ? d.modified() : d.issued())
                .max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1))
                .atStartOfDay().atOffset(ZoneOffset.UTC);
        io.govshare.opendata.dcat.OpenCatalog dcatCatalog = io.govshare.opendata.dcat.OpenCatalog
                .builder(base.resolve("dcat/catalog"))
                .title(title)
                .description(description)
                .publisher(new Publisher(publisherName, DepartmentCode.of(publisherCode), Publisher.Level.LOCAL))
                .homepage(base.resolve("api/v1/open/datasets"))
                .license(URI.create(licence.url()))
                .modified(modified)
                .dataService(new OpenDataService(base.resolve("api/3/action"), "开放数据接口（CKAN Action API）",
                        base.resolve("api/3/action"), base.resolve("openapi")))
                .build();
        StreamingOutput body = out -> DcatWriter.write(dcatCatalog, datasets, format, out);
        return Response.ok(body, format.mediaType() + "; charset=UTF-8").build();
    }

    List<OpenDataset> datasets(URI base) {
        Map<String, OpenReleaseRow> latest = repository.latestPublished();
        List<OpenDataset> datasets = new ArrayList<>();
        for (CatalogEntry entry : catalog.all()) {
            String code = entry.code().value();
            OpenReleaseRow release = latest.get(code);
            LocalDate issued = entry.publishedOn() != null ? entry.publishedOn()
                    : release != null ? release.createdAt().atOffset(ZoneOffset.UTC).toLocalDate() : LocalDate.now();
            URI landing = URI.create(OpenDatasetViews.landingPage(base, code));
            OpenDataset.Builder dataset = OpenDataset.builder(landing)
                    .identifier(entry.code())
                    .title(entry.name())
                    .description(entry.summary() == null || entry.summary().isBlank() ? entry.name() : entry.summary())
                    .theme(new Theme(ClassificationCode.of(entry.classificationCode()), Ckan.groupTitle(Ckan.groupName(entry))))
                    .publisher(new Publisher(entry.provider().name(), DepartmentCode.of(entry.provider().code()),
                            Publisher.Level.LOCAL))
                    .issued(issued)
                    .updateCycle(entry.updateCycle())
                    .access(entry.open().type())
                    .license(URI.create(licence.url()))
                    .landingPage(landing);
            if (release != null) {
                LocalDate released = release.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
                dataset.modified(released.isBefore(issued) ? issued : released);
                for (OpenReleaseFileRow file : repository.files(release.id())) {
                    URI download = URI.create(OpenDatasetViews.downloadUrl(base, code, file.format(), release.version()));
                    dataset.distribution(OpenDistribution.builder(download)
                            .accessUrl(download)
                            .downloadUrl(download)
                            .format(DistributionFormat.valueOf(file.format().name()))
                            .title(entry.name() + "（第 " + release.version() + " 版，" + file.format().name() + "）")
                            .byteSize(file.byteSize())
                            .issued(released)
                            .sha256(file.sha256())
                            .sm3(file.sm3())
                            .build());
                }
            }
            datasets.add(dataset.build());
        }
        return datasets;
    }
}
