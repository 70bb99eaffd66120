package io.govshare.app.opendata;

import io.govshare.catalog.CatalogEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The CKAN Action API subset harvesters and CKAN clients use (CKAN 2.10 answers): package_list, package_search,
 * package_show, organization_list, group_list, resource_show. Errors answer as CKAN does: an HTTP error status with
 * {@code {"success": false, "error": {"__type": ..., "message": ...}}}.
 * <p>
 * package_search understands {@code q} (words in title and description), {@code rows} (0–1000, default 10),
 * {@code start}, {@code sort} ({@code metadata_modified desc|asc}, {@code name asc|desc}; default by name) and the
 * {@code fq} terms harvesters send: {@code metadata_modified:[<from> TO <to>]} (ISO time or {@code *}),
 * {@code organization:<name>}, {@code groups:<name>}, {@code name:<name>}, {@code res_format:<format>} and
 * {@code dataset_type:dataset}. Any other fq term is refused with a Validation Error rather than ignored, because
 * ignoring it would hand a harvester the wrong set of datasets.
 */
@Path("api/3/action")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "open data")
@PermitAll
public class CkanActionResource {

    private static final int MAX_ROWS = 1000;
    private static final Pattern FQ_TERM = Pattern.compile(
            "\\+?(metadata_modified):\\[(\\S+) TO (\\S+)]|\\+?(organization|groups|name|res_format|dataset_type):\"?([^\\s\"]+)\"?");

    @Inject
    OpenCatalog catalog;
    @Inject
    OpenDataRepository repository;
    @Inject
    OpenLicence licence;

    @Context
    UriInfo uri;

    /** A dataset as CKAN shows it, with its release files. */
    private record Dataset(CatalogEntry entry, OpenReleaseRow latest, List<OpenReleaseFileRow> files, JsonObject json) {
        String modified() {
            return json.getString("metadata_modified");
        }
    }

    @GET
    @Path("package_list")
    @Operation(summary = "CKAN package_list: the names of every open dataset")
    @Transactional
    public Response packageList(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        List<String> names = catalog.all().stream().map(e -> OpenDatasetId.of(e.code().value())).sorted().toList();
        int from = number(offset, 0);
        int size = number(limit, names.size());
        if (from < 0 || size < 0) {
            return validation("limit and offset must be whole numbers of 0 or more");
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        names.stream().skip(from).limit(size).forEach(list::add);
        return Response.ok(Ckan.ok(list)).build();
    }

    @GET
    @Path("package_search")
    @Operation(summary = "CKAN package_search: q, fq, rows, start, sort")
    @Transactional
    public Response packageSearch(@QueryParam("q") String q, @QueryParam("fq") String fq,
                                  @QueryParam("rows") String rowsText, @QueryParam("start") String startText,
                                  @QueryParam("sort") String sort) {
        int rows = number(rowsText, 10);
        int start = number(startText, 0);
        if (rows < 0 || rows > MAX_ROWS || start < 0) {
            return validation("rows must be from 0 to " + MAX_ROWS + " and start 0 or more");
        }
        Predicate<Dataset> filter;
        try {
            filter = filter(fq);
        } catch (IllegalArgumentException e) {
            return validation(e.getMessage());
        }
        Comparator<Dataset> order = order(sort);
        if (order == null) {
            return validation("sort must be 'metadata_modified desc|asc' or 'name asc|desc', got '" + sort + "'");
        }
        List<CatalogEntry> entries = q == null || q.isBlank() || q.strip().equals("*:*") ? catalog.all()
                : catalog.search(q, 1, io.govshare.app.catalog.search.SearchQuery.MAX_SIZE).items().stream()
                .map(hit -> io.govshare.catalog.json.CatalogJson.read(hit.json()).entry()).toList();
        List<Dataset> found = new ArrayList<>();
        for (Dataset dataset : datasets(entries)) {
            if (filter.test(dataset)) {
                found.add(dataset);
            }
        }
        found.sort(order);
        JsonArrayBuilder results = Json.createArrayBuilder();
        found.stream().skip(start).limit(rows).forEach(d -> results.add(d.json()));
        return Response.ok(Ckan.ok(Json.createObjectBuilder()
                .add("count", found.size())
                .add("sort", sort == null ? "name asc" : sort)
                .add("facets", Json.createObjectBuilder())
                .add("search_facets", Json.createObjectBuilder())
                .add("results", results))).build();
    }

    @GET
    @Path("package_show")
    @Operation(summary = "CKAN package_show: id is the package's name or id")
    @Transactional
    public Response packageShow(@QueryParam("id") String id) {
        if (id == null || id.isBlank()) {
            return validation("id: Missing value");
        }
        return find(id.strip()).map(d -> Response.ok(Ckan.ok(Json.createObjectBuilder(d.json()))).build())
                .orElseGet(() -> notFound("Dataset not found"));
    }

    @GET
    @Path("resource_show")
    @Operation(summary = "CKAN resource_show: id of a resource of a dataset's latest release")
    @Transactional
    public Response resourceShow(@QueryParam("id") String id) {
        if (id == null || id.isBlank()) {
            return validation("id: Missing value");
        }
        for (Dataset dataset : datasets(catalog.all())) {
            for (OpenReleaseFileRow file : dataset.files()) {
                String code = dataset.entry().code().value();
                if (Ckan.resourceId(code, dataset.latest().version(), file.format()).equals(id.strip())) {
                    return Response.ok(Ckan.ok(Ckan.resource(dataset.entry(), dataset.latest(), file, uri.getBaseUri(),
                            dataset.files().indexOf(file)))).build();
                }
            }
        }
        return notFound("Resource was not found.");
    }

    @GET
    @Path("organization_list")
    @Operation(summary = "CKAN organization_list: departments that provide open data (all_fields=true for objects)")
    @Transactional
    public Response organizationList(@QueryParam("all_fields") String allFields) {
        Map<String, CatalogEntry> byOrganization = new LinkedHashMap<>();
        catalog.all().stream().sorted(Comparator.comparing(e -> Ckan.organizationName(e.provider().code())))
                .forEach(e -> byOrganization.putIfAbsent(Ckan.organizationName(e.provider().code()), e));
        JsonArrayBuilder list = Json.createArrayBuilder();
        byOrganization.forEach((name, entry) -> {
            if (isTrue(allFields)) {
                list.add(Ckan.organization(entry).add("display_name", entry.provider().name())
                        .add("package_count", catalog.all().stream()
                                .filter(e -> e.provider().code().equals(entry.provider().code())).count()));
            } else {
                list.add(name);
            }
        });
        return Response.ok(Ckan.ok(list)).build();
    }

    @GET
    @Path("group_list")
    @Operation(summary = "CKAN group_list: catalog classes that hold open data (all_fields=true for objects)")
    @Transactional
    public Response groupList(@QueryParam("all_fields") String allFields) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        catalog.all().forEach(e -> counts.merge(Ckan.groupName(e), 1L, Long::sum));
        JsonArrayBuilder list = Json.createArrayBuilder();
        counts.forEach((name, count) -> list.add(isTrue(allFields)
                ? Json.createObjectBuilder(Ckan.group(name).build()).add("package_count", count).build()
                : Json.createValue(name)));
        return Response.ok(Ckan.ok(list)).build();
    }

    /**
     * The same actions by POST with a JSON body, as CKAN clients such as ckanapi send them (read-only here: POST is
     * only another way to pass the parameters).
     */
    @jakarta.ws.rs.POST
    @Path("{action}")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "CKAN actions by POST with the parameters as a JSON object")
    @Transactional
    public Response post(@PathParam("action") String action, JsonObject body) {
        JsonObject params = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        return switch (action) {
            case "package_list" -> packageList(param(params, "limit"), param(params, "offset"));
            case "package_search" -> packageSearch(param(params, "q"), param(params, "fq"), param(params, "rows"),
                    param(params, "start"), param(params, "sort"));
            case "package_show" -> packageShow(param(params, "id"));
            case "resource_show" -> resourceShow(param(params, "id"));
            case "organization_list" -> organizationList(param(params, "all_fields"));
            case "group_list" -> groupList(param(params, "all_fields"));
            default -> unknown(action);
        };
    }

    private static String param(JsonObject params, String name) {
        jakarta.json.JsonValue value = params.get(name);
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }

    /** Any other action: CKAN's 400 for an unknown action. */
    @GET
    @Path("{action}")
    @Operation(summary = "Unsupported CKAN actions answer 400 as CKAN does")
    public Response unknown(@PathParam("action") String action) {
        return Response.status(400).entity(Ckan.error("Bad request - Action name not known", "Bad request - Action name "
                + "not known: " + action)).build();
    }

    private Optional<Dataset> find(String id) {
        return datasets(catalog.all()).stream()
                .filter(d -> d.json().getString("name").equals(id) || d.json().getString("id").equals(id))
                .findFirst();
    }

    private List<Dataset> datasets(List<CatalogEntry> entries) {
        Map<String, OpenReleaseRow> latest = repository.latestPublished();
        List<Dataset> datasets = new ArrayList<>();
        for (CatalogEntry entry : entries) {
            OpenReleaseRow release = latest.get(entry.code().value());
            List<OpenReleaseFileRow> files = release == null ? List.of() : repository.files(release.id());
            datasets.add(new Dataset(entry, release, files,
                    Ckan.packageJson(entry, release, files, uri.getBaseUri(), licence).build()));
        }
        return datasets;
    }

    private static Predicate<Dataset> filter(String fq) {
        Predicate<Dataset> all = d -> true;
        if (fq == null || fq.isBlank()) {
            return all;
        }
        String rest = fq.strip();
        Matcher term = FQ_TERM.matcher(rest);
        int at = 0;
        while (at < rest.length()) {
            if (Character.isWhitespace(rest.charAt(at))) {
                at++;
                continue;
            }
            if (!term.find(at) || term.start() != at) {
                throw new IllegalArgumentException("fq term not supported here: '" + rest.substring(at)
                        + "'; supported: metadata_modified:[from TO to], organization:, groups:, name:, res_format:, "
                        + "dataset_type:dataset");
            }
            all = all.and(termFilter(term));
            at = term.end();
        }
        return all;
    }

    private static Predicate<Dataset> termFilter(Matcher term) {
        if (term.group(1) != null) {
            String from = bound(term.group(2));
            String to = bound(term.group(3));
            return d -> (from == null || d.modified().compareTo(from) >= 0) && (to == null || d.modified().compareTo(to) <= 0);
        }
        String value = term.group(5);
        return switch (term.group(4)) {
            case "organization" -> d -> Ckan.organizationName(d.entry().provider().code()).equals(value);
            case "groups" -> d -> Ckan.groupName(d.entry()).equals(value);
            case "name" -> d -> d.json().getString("name").equals(value);
            case "res_format" -> d -> d.files().stream().anyMatch(f -> f.format().name().equalsIgnoreCase(value));
            case "dataset_type" -> d -> value.equals("dataset");
            default -> throw new IllegalStateException(term.group(4));
        };
    }

    /** A range bound as CKAN's time text, so it compares with metadata_modified; null for '*'. */
    private static String bound(String text) {
        if (text.equals("*")) {
            return null;
        }
        String iso = text.endsWith("Z") ? text : text + "Z";
        try {
            return Ckan.time(Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("metadata_modified bound must be an ISO time such as "
                    + "2026-01-01T00:00:00Z or *, got '" + text + "'");
        }
    }

    private static Comparator<Dataset> order(String sort) {
        Comparator<Dataset> byName = Comparator.comparing(d -> d.json().getString("name"));
        if (sort == null || sort.isBlank()) {
            return byName;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "name asc", "id asc" -> byName;
            case "name desc", "id desc" -> byName.reversed();
            case "metadata_modified asc" -> Comparator.comparing(Dataset::modified).thenComparing(byName);
            case "metadata_modified desc" -> Comparator.comparing(Dataset::modified).reversed().thenComparing(byName);
            default -> null;
        };
    }

    private static int number(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isTrue(String text) {
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    private static Response validation(String message) {
        return Response.status(409).entity(Ckan.error("Validation Error", message)).build();
    }

    private static Response notFound(String message) {
        return Response.status(404).entity(Ckan.error("Not Found Error", message)).build();
    }
}
