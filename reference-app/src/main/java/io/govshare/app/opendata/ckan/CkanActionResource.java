package io.govshare.app.opendata.ckan;

import io.govshare.catalog.CatalogEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    CkanCatalog ckan;

    @Context
    UriInfo uri;

    @GET
    @Path("package_list")
    @Operation(summary = "CKAN package_list: the names of every open dataset")
    public Response packageList(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        List<String> names = ckan.names();
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
    public Response packageSearch(@QueryParam("q") String q, @QueryParam("fq") String fq,
                                  @QueryParam("rows") String rowsText, @QueryParam("start") String startText,
                                  @QueryParam("sort") String sort) {
        PackageSearch search;
        try {
            search = PackageSearch.parse(q, fq, number(rowsText, 10), number(startText, 0), sort);
        } catch (IllegalArgumentException e) {
            return validation(e.getMessage());
        }
        CkanCatalog.Found found = ckan.search(search, uri.getBaseUri());
        JsonArrayBuilder results = Json.createArrayBuilder();
        found.page().forEach(d -> results.add(d.json()));
        return Response.ok(Ckan.ok(Json.createObjectBuilder()
                .add("count", found.count())
                .add("sort", search.sort())
                .add("facets", Json.createObjectBuilder())
                .add("search_facets", Json.createObjectBuilder())
                .add("results", results))).build();
    }

    @GET
    @Path("package_show")
    @Operation(summary = "CKAN package_show: id is the package's name or id")
    public Response packageShow(@QueryParam("id") String id) {
        if (id == null || id.isBlank()) {
            return validation("id: Missing value");
        }
        return ckan.find(id.strip(), uri.getBaseUri())
                .map(d -> Response.ok(Ckan.ok(Json.createObjectBuilder(d.json()))).build())
                .orElseGet(() -> notFound("Dataset not found"));
    }

    @GET
    @Path("resource_show")
    @Operation(summary = "CKAN resource_show: id of a resource of a dataset's latest release")
    public Response resourceShow(@QueryParam("id") String id) {
        if (id == null || id.isBlank()) {
            return validation("id: Missing value");
        }
        return ckan.resource(id.strip(), uri.getBaseUri())
                .map(resource -> Response.ok(Ckan.ok(Json.createObjectBuilder(resource))).build())
                .orElseGet(() -> notFound("Resource was not found."));
    }

    @GET
    @Path("organization_list")
    @Operation(summary = "CKAN organization_list: departments that provide open data (all_fields=true for objects)")
    public Response organizationList(@QueryParam("all_fields") String allFields) {
        List<CatalogEntry> entries = ckan.entries();
        Map<String, CatalogEntry> byOrganization = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(e -> Ckan.organizationName(e.provider().code())))
                .forEach(e -> byOrganization.putIfAbsent(Ckan.organizationName(e.provider().code()), e));
        JsonArrayBuilder list = Json.createArrayBuilder();
        byOrganization.forEach((name, entry) -> {
            if (isTrue(allFields)) {
                list.add(Ckan.organization(entry).add("display_name", entry.provider().name())
                        .add("package_count", entries.stream()
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
    public Response groupList(@QueryParam("all_fields") String allFields) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        ckan.entries().forEach(e -> counts.merge(Ckan.groupName(e), 1L, Long::sum));
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
