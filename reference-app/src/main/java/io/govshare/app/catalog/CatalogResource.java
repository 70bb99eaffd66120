package io.govshare.app.catalog;

import io.govshare.app.GovShareApplication;
import io.govshare.app.catalog.search.SearchQuery;
import io.govshare.app.catalog.search.SearchResult;
import io.govshare.app.catalog.search.Visibility;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.json.CatalogJson;
import io.govshare.catalog.json.ParsedEntry;
import io.govshare.catalog.validation.ValidationReport;
import io.govshare.catalog.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalog API of API-CONTRACT.md: entries, their versions and lifecycle, search with facets. A resource code
 * {@code 分类码/顺序码} is two path segments, so {@code /resources/101001/000001} addresses entry 101001/000001.
 */
@Path(GovShareApplication.API + "/catalog/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"PLATFORM_ADMIN", "DEPT_CATALOGUER", "DEPT_REVIEWER", "PLATFORM_REVIEWER", "CONSUMER", "AUDITOR"})
public class CatalogResource {

    @Inject
    CatalogService service;
    @Inject
    CatalogIndexer indexer;
    @Inject
    CurrentActor user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uriInfo) {
        ParsedEntry parsed = readEntry(body);
        StoredEntry stored = service.create(actor(), parsed.entry(), parsed.violations());
        URI location = uriInfo.getAbsolutePathBuilder().path(stored.entry().code().value()).build();
        return Response.created(location).entity(stored.document()).build();
    }

    @GET
    public Response search(@Context UriInfo uriInfo) {
        QueryParameters params = new QueryParameters(uriInfo.getQueryParameters());
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : SearchQuery.FILTERS) {
            params.enumValue(name).ifPresent(value -> filters.put(name, value));
        }
        int page = params.intValue("page", 1, 1, Integer.MAX_VALUE);
        int size = params.intValue("size", 20, 1, 100);
        params.rejectUnknown(Set.of("q", "page", "size"), SearchQuery.FILTERS);
        params.throwIfInvalid();
        long started = System.nanoTime();
        SearchResult result = indexer.search(new SearchQuery(params.text("q"), filters, visibility(), page, size));
        long searched = System.nanoTime();
        JsonObjectBuilder facets = Json.createObjectBuilder();
        result.facets().forEach((dimension, counts) -> {
            JsonObjectBuilder values = Json.createObjectBuilder();
            counts.forEach(values::add);
            facets.add(dimension, values);
        });
        // The index keeps each entry as contract JSON already: splice it in rather than parse and print it again,
        // which was a measurable share of the answer time (BENCHMARKS.md).
        StringBuilder json = new StringBuilder(256 + result.items().size() * 2048)
                .append("{\"total\":").append(result.total())
                .append(",\"page\":").append(page)
                .append(",\"size\":").append(size)
                .append(",\"items\":[");
        for (int i = 0; i < result.items().size(); i++) {
            json.append(i == 0 ? "" : ",").append(result.items().get(i).json());
        }
        json.append("],\"facets\":").append(facets.build()).append('}');
        // Server-Timing lets an operator see in the browser how much of an answer was the index itself
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON)
                .header("Server-Timing", String.format(Locale.ROOT, "search;dur=%.2f, render;dur=%.2f",
                        (searched - started) / 1e6, (System.nanoTime() - searched) / 1e6))
                .build();
    }

    @GET
    @Path("{classification}/{sequence}")
    public String get(@PathParam("classification") String classification, @PathParam("sequence") String sequence) {
        return service.get(actor(), code(classification, sequence)).document();
    }

    @PUT
    @Path("{classification}/{sequence}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("classification") String classification, @PathParam("sequence") String sequence,
                         String body) {
        ParsedEntry parsed = readEntry(body);
        return service.update(actor(), code(classification, sequence), parsed.entry(), parsed.violations()).document();
    }

    @GET
    @Path("{classification}/{sequence}/versions")
    public JsonValue versions(@PathParam("classification") String classification,
                              @PathParam("sequence") String sequence) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        service.versions(actor(), code(classification, sequence)).forEach(v -> versions.add(versionJson(v)));
        return versions.build();
    }

    @GET
    @Path("{classification}/{sequence}/versions/{version}")
    public JsonObject version(@PathParam("classification") String classification,
                              @PathParam("sequence") String sequence, @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new InvalidInput("version must be a whole number",
                    List.of(new FieldError("version", "type", "version must be a whole number, got '" + version + "'")));
        }
        return versionJson(service.version(actor(), code(classification, sequence), number));
    }

    @POST
    @Path("{classification}/{sequence}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String transition(@PathParam("classification") String classification,
                             @PathParam("sequence") String sequence, String body) {
        JsonObject request = readObject(body);
        List<FieldError> errors = new ArrayList<>();
        LifecycleAction action = null;
        JsonValue actionValue = request.get("action");
        if (actionValue == null || actionValue.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new FieldError("action", "required", "action is required, one of " + List.of(LifecycleAction.values())));
        } else {
            try {
                action = LifecycleAction.valueOf(request.getString("action"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("action", "enum", "action must be one of " + List.of(LifecycleAction.values())
                        + ", got '" + request.getString("action") + "'"));
            }
        }
        JsonValue reasonValue = request.get("reason");
        String reason = null;
        if (reasonValue != null && reasonValue.getValueType() == JsonValue.ValueType.STRING) {
            reason = request.getString("reason").strip();
        } else if (reasonValue != null && reasonValue != JsonValue.NULL) {
            errors.add(new FieldError("reason", "type", "reason must be text"));
        }
        if (reason != null && reason.length() > 2000) {
            errors.add(new FieldError("reason", "length", "reason must be at most 2000 characters"));
        }
        if (action != null && action.needsReason() && (reason == null || reason.isEmpty())) {
            errors.add(new FieldError("reason", "required", action + " needs a reason the cataloguer can act on"));
        }
        for (String name : request.keySet()) {
            if (!name.equals("action") && !name.equals("reason")) {
                errors.add(new FieldError(name, "unknown-property", "unknown property; expected action and reason"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The transition request is not valid", errors);
        }
        return service.transition(actor(), code(classification, sequence), action,
                reason == null || reason.isEmpty() ? null : reason).document();
    }

    /** The caller as the catalog's permission rules see them. */
    CatalogActor actor() {
        return new CatalogActor(user.username(), user.roles(), user.departmentCode());
    }

    private Visibility visibility() {
        CatalogActor actor = actor();
        if (actor.seesEverything()) {
            return Visibility.all();
        }
        if ((actor.has(Role.DEPT_CATALOGUER) || actor.has(Role.DEPT_REVIEWER)) && actor.departmentCode().isPresent()) {
            return Visibility.publishedAndOwn(Set.of(actor.departmentCode().get()));
        }
        return Visibility.publishedOnly();
    }

    private static String code(String classification, String sequence) {
        return classification + "/" + sequence;
    }

    /** Reads an entry body; a body that is not a JSON object at all is answered at once. */
    static ParsedEntry readEntry(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("The request body is empty; send a catalog entry as JSON",
                    List.of(new FieldError("", "required", "a JSON object is required")));
        }
        ParsedEntry parsed = CatalogJson.read(body);
        if (parsed.entry() == null) {
            throw new InvalidInput("The request body is not a catalog entry",
                    parsed.violations().stream().map(CatalogService::toFieldError).toList());
        }
        return parsed;
    }

    static JsonObject readObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("The request body is empty",
                    List.of(new FieldError("", "required", "a JSON object is required")));
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInput("The request body must be a JSON object",
                        List.of(new FieldError("", "type", "expected a JSON object")));
            }
            return value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInput("The request body is not valid JSON",
                    List.of(new FieldError("", "json.syntax", e.getMessage())));
        }
    }

    static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    static JsonObject versionJson(VersionView v) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", v.version())
                .add("status", v.status())
                .add("action", v.action())
                .add("changedBy", v.changedBy())
                .add("changedAt", v.changedAt().toString() + "Z");
        if (v.reason() != null) {
            json.add("reason", v.reason());
        }
        return json.add("entry", parse(v.document())).build();
    }

    static JsonObject reportJson(ValidationReport report) {
        JsonArrayBuilder violations = Json.createArrayBuilder();
        for (Violation v : report.violations()) {
            violations.add(Json.createObjectBuilder()
                    .add("field", v.field())
                    .add("rule", v.rule())
                    .add("message", v.message())
                    .add("severity", v.severity().name()));
        }
        return Json.createObjectBuilder()
                .add("valid", report.isValid())
                .add("violations", violations)
                .build();
    }
}
