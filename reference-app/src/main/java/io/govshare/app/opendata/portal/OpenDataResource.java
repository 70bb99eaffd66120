package io.govshare.app.opendata.portal;

import io.govshare.app.opendata.release.ReleaseFiles;
import io.govshare.app.opendata.OpenDatasetViews;
import io.govshare.app.opendata.ReleaseFormat;
import io.govshare.app.opendata.OpenReleaseFileRow;
import io.govshare.app.opendata.OpenReleaseRow;
import io.govshare.app.opendata.OpenDataRepository;
import io.govshare.app.opendata.OpenCatalog;
import io.govshare.app.GovShareApplication;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.PageRequest;
import io.govshare.app.platform.Problems;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.DataItem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public side of the open-data portal (no login): the open catalog, dataset detail with its releases, downloads
 * and the data API.
 */
@Path(GovShareApplication.API + "/open")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
@PermitAll
public class OpenDataResource {

    static final int MAX_RECORDS_PAGE = 1000;

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository repository;
    @Inject
    PortalRepository portal;
    @Inject
    OpenAccess access;
    @Inject
    ReleaseFiles files;
    @Inject
    DownloadCounter downloads;

    @GET
    @Path("datasets")
    @Operation(summary = "Search the open catalog (q: Chinese or other words; page from 1; size 1-100)")
    public JsonObject search(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = PageRequest.parse(page, size, errors);
        if (request.size() > 100) {
            errors.add(new FieldError("size", "range", "size must be between 1 and 100, got " + request.size()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid query parameters", errors);
        }
        SearchResult result = catalog.search(q, request.page(), request.size());
        Map<String, OpenReleaseRow> latest = repository.latestPublished();
        Map<String, double[]> ratings = portal.ratings();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (SearchResult.Hit hit : result.items()) {
            CatalogEntry entry = io.govshare.catalog.json.CatalogJson.read(hit.json()).entry();
            items.add(OpenDatasetViews.summary(entry, latest.get(hit.code()), ratings.get(hit.code())));
        }
        return Json.createObjectBuilder().add("total", result.total()).add("page", request.page())
                .add("size", request.size()).add("items", items).build();
    }

    @GET
    @Path("datasets/{id}")
    @Operation(summary = "An open dataset: metadata, data items, published releases with their files and checksums")
    public JsonObject detail(@PathParam("id") String id, @Context UriInfo uri) {
        CatalogEntry entry = catalog.require(id);
        String code = entry.code().value();
        List<OpenReleaseRow> releases = repository.releases(code, false);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (OpenReleaseRow release : releases) {
            list.add(OpenDatasetViews.release(release, repository.files(release.id()), uri.getBaseUri()));
        }
        return OpenDatasetViews.summary(entry, releases.isEmpty() ? null : releases.get(0), portal.ratings().get(code))
                .add("dataItems", OpenDatasetViews.items(entry))
                .add("releases", list)
                .add("recordsUrl", uri.getBaseUri().resolve("api/v1/open/datasets/" + id + "/records").toString())
                .build();
    }

    @GET
    @Path("datasets/{id}/download")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a published release (format csv|json|geojson; version: latest if absent). "
            + "有条件开放 data needs the X-API-Key of an approved application.")
    public Response download(@PathParam("id") String id, @QueryParam("format") String formatName,
                             @QueryParam("version") String versionText, @HeaderParam(ApiKeys.HEADER) String apiKey,
                             @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
                             @Context Request request) {
        CatalogEntry entry = catalog.require(id);
        ReleaseFormat format = formatName == null ? ReleaseFormat.CSV : ReleaseFormat.parse(formatName);
        if (format == null) {
            throw new InvalidInput("format", "enum", "format must be one of csv, json, geojson; got '"
                    + formatName + "'");
        }
        Integer version = parseVersion(versionText);
        OpenReleaseRow release = repository.publishedRelease(entry.code().value(), version).orElseThrow(() ->
                new NotFound(version == null ? "Dataset " + id + " has no published release yet"
                        : "Dataset " + id + " has no published version " + version));
        OpenReleaseFileRow file = repository.files(release.id()).stream().filter(f -> f.format() == format).findFirst()
                .orElseThrow(() -> new NotFound("Version " + release.version() + " of " + id
                        + " has no " + format.extension() + " file" + (format == ReleaseFormat.GEOJSON
                        ? " (GeoJSON is published only for data with coordinates)" : "")));
        access.check(entry, apiKey, false);
        EntityTag etag = new EntityTag(file.sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        java.nio.file.Path path = files.directory(entry.code().value(), release.version()).resolve(file.fileName());
        Optional<ByteRange> slice;
        try {
            slice = ByteRange.requested(range, ifRange, etag.toString(), file.byteSize());
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416).header("Content-Range", "bytes */" + file.byteSize())
                    .type(Problems.MEDIA_TYPE).entity(Problems.json(416, "Range Not Satisfiable", "The file has "
                            + file.byteSize() + " bytes; the range asked for starts past its end",
                            List.of(new FieldError("Range", "open.range", "starts past the end of the file"))).build())
                    .build();
        }
        Response.ResponseBuilder answer;
        if (slice.isPresent()) {
            // part of the file: a resumed download or a preview, not a download of its own
            ByteRange part = slice.get();
            StreamingOutput body = out -> copy(path, part, out);
            answer = Response.status(206).entity(body).type(file.mediaType())
                    .header("Content-Range", part.contentRange(file.byteSize()))
                    .header("Content-Length", part.length());
        } else {
            downloads.count(entry.code().value(), LocalDate.now(ZoneOffset.UTC), format);
            StreamingOutput body = out -> Files.copy(path, out);
            answer = Response.ok(body, file.mediaType()).header("Content-Length", file.byteSize());
        }
        return answer.tag(etag)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", "attachment; filename=\"" + id + "-v" + release.version() + "."
                        + format.extension() + "\"")
                .header("X-Checksum-SM3", file.sm3())
                .header("X-Checksum-SHA256", file.sha256())
                .build();
    }

    private static void copy(java.nio.file.Path path, ByteRange part, java.io.OutputStream out)
            throws java.io.IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path)) {
            java.nio.channels.WritableByteChannel sink = java.nio.channels.Channels.newChannel(out);
            long position = part.first();
            long remaining = part.length();
            while (remaining > 0) {
                long sent = channel.transferTo(position, remaining, sink);
                if (sent <= 0) {
                    throw new java.io.EOFException("release file shorter than recorded: " + path);
                }
                position += sent;
                remaining -= sent;
            }
        }
    }

    @GET
    @Path("datasets/{id}/records")
    @Operation(summary = "The data API: records of the latest published release, page/size (size up to 1000), "
            + "and exact-match filters named after data items (?性别=1). Needs X-API-Key; rate-limited per key.")
    public JsonObject records(@PathParam("id") String id, @HeaderParam(ApiKeys.HEADER) String apiKey,
                              @Context UriInfo uri) {
        CatalogEntry entry = catalog.require(id);
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        int page = PageRequest.number("page", params.getFirst("page"), 1, 1, Integer.MAX_VALUE, errors);
        int size = PageRequest.number("size", params.getFirst("size"), 100, 1, MAX_RECORDS_PAGE, errors);
        Set<String> itemNames = entry.dataItems().stream().map(DataItem::name).collect(Collectors.toSet());
        Map<String, String> filters = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.equals("page") || name.equals("size")) {
                return;
            }
            if (!itemNames.contains(name)) {
                errors.add(new FieldError(name, "open.unknown-filter", "'" + name
                        + "' is not a data item of this dataset; filter by one of " + itemNames));
            } else {
                filters.put(name, values.get(0));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid query parameters", errors);
        }
        OpenReleaseRow release = repository.publishedRelease(entry.code().value(), null).orElseThrow(() ->
                new NotFound("Dataset " + id + " has no published release yet"));
        access.check(entry, apiKey, true);
        java.nio.file.Path path = files.directory(entry.code().value(), release.version()).resolve(ReleaseFiles.RECORDS_FILE);
        JsonArrayBuilder items = Json.createArrayBuilder();
        long matched = 0;
        long first = (long) (page - 1) * size;
        try (BufferedReader lines = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonObject record = Json.createReader(new StringReader(line)).readObject();
                if (matches(record, filters)) {
                    if (matched >= first && matched < first + size) {
                        items.add(record);
                    }
                    matched++;
                }
            }
        } catch (IOException | JsonParsingException e) {
            throw new UncheckedIOException("release file " + path + " cannot be read", e instanceof IOException io
                    ? io : new IOException(e));
        }
        return Json.createObjectBuilder().add("total", matched).add("page", page).add("size", size)
                .add("version", release.version()).add("items", items).build();
    }

    private static boolean matches(JsonObject record, Map<String, String> filters) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            JsonValue value = record.get(filter.getKey());
            String text = value == null || value.getValueType() == JsonValue.ValueType.NULL ? null
                    : value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
            if (!filter.getValue().equals(text)) {
                return false;
            }
        }
        return true;
    }

    private static Integer parseVersion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        int version = PageRequest.number("version", text, 0, 1, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid version", errors);
        }
        return version;
    }
}
