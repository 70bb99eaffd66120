package io.govshare.app.audit;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.PageRequest;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.Role;

@Path(GovShareApplication.API + "/audit/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.PLATFORM_ADMIN})
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "audit", description = "The audit trail of every state change")
public class AuditResource {

    @Inject
    AuditQueries queries;

    /** Parameters are taken as text so that a bad value is a 400 naming the parameter. */
    @GET
    @Operation(summary = "Audit events, newest first; filters combine with AND, from/to are ISO-8601 instants")
    public JsonObject events(@QueryParam("actor") String actor, @QueryParam("action") String action,
                             @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromInstant = instant("from", from, errors);
        Instant toInstant = instant("to", to, errors);
        PageRequest paging = PageRequest.parse(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query parameters are not valid", errors);
        }
        AuditQueries.Filter filter = new AuditQueries.Filter(blankToNull(actor), blankToNull(action),
                blankToNull(targetType), blankToNull(targetId), fromInstant, toInstant);
        JsonArrayBuilder items = Json.createArrayBuilder();
        queries.find(filter, paging).forEach(e -> items.add(toJson(e)));
        return Json.createObjectBuilder()
                .add("total", queries.count(filter))
                .add("page", paging.page())
                .add("size", paging.size())
                .add("items", items)
                .build();
    }

    private static Instant instant(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "format",
                    name + " must be an ISO-8601 instant such as 2026-01-31T08:00:00Z, got '" + value + "'"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static JsonObject toJson(AuditEvent e) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", e.getId())
                .add("occurredAt", e.getOccurredAt().toString())
                .add("actor", e.getActor())
                .add("actorRoles", rolesArray(e.getActorRoles()))
                .add("action", e.getAction())
                .add("targetType", e.getTargetType());
        addNullable(json, "targetId", e.getTargetId());
        json.add("before", embedded(e.getBeforeJson()));
        json.add("after", embedded(e.getAfterJson()));
        addNullable(json, "detail", e.getDetail());
        return json.build();
    }

    private static JsonArrayBuilder rolesArray(String roles) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        if (roles != null && !roles.isBlank()) {
            for (String role : roles.split(",")) {
                array.add(role);
            }
        }
        return array;
    }

    /** Stored snapshots are JSON text; hand them out as JSON values, or as a string if one is not valid JSON. */
    private static JsonValue embedded(String snapshot) {
        if (snapshot == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(snapshot))) {
            return reader.readValue();
        } catch (JsonException e) {
            return Json.createValue(snapshot);
        }
    }

    private static void addNullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
