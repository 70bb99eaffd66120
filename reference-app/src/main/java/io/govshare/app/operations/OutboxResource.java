package io.govshare.app.operations;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.outbox.OutboxDispatcher;
import io.govshare.app.platform.outbox.OutboxEvent;
import io.govshare.app.platform.security.Role;

/**
 * The event outbox as operators and auditors see it: each observer's progress and failures, the events of an
 * aggregate, and (administrators only) holding and releasing a cluster-wide observer.
 */
@Path(GovShareApplication.API + "/ops/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
@SecurityRequirement(name = GovShareApplication.BEARER)
@Tag(name = "operations", description = "Running the platform: the event outbox and its observers")
public class OutboxResource {

    static final int MAX_EVENTS = 1000;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    OutboxOperations operations;

    @GET
    @Operation(summary = "Every outbox observer: scope, event types, paused, handled through, pending, failures")
    public JsonObject status() {
        JsonArrayBuilder observers = Json.createArrayBuilder();
        dispatcher.status().forEach(s -> observers.add(toJson(s)));
        return Json.createObjectBuilder()
                .add("lastEventId", dispatcher.lastEventId())
                .add("observers", observers)
                .build();
    }

    @GET
    @Path("events")
    @Operation(summary = "Outbox events after an id, oldest first, optionally of one aggregate (aggregateType, "
            + "aggregateId, after, limit ≤ 1000)")
    public JsonObject events(@QueryParam("aggregateType") String aggregateType,
                             @QueryParam("aggregateId") String aggregateId,
                             @QueryParam("after") String after, @QueryParam("limit") String limit) {
        List<FieldError> errors = new ArrayList<>();
        int afterId = PageRequest.number("after", after, 0, 0, Integer.MAX_VALUE, errors);
        int max = PageRequest.number("limit", limit, 100, 1, MAX_EVENTS, errors);
        if (aggregateId != null && aggregateType == null) {
            errors.add(new FieldError("aggregateId", "ops.outbox.aggregate-type-required",
                    "aggregateId needs aggregateType"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The event query is not valid", errors);
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (OutboxEvent event : dispatcher.events(aggregateType, aggregateId, afterId, max)) {
            events.add(Json.createObjectBuilder()
                    .add("id", event.id())
                    .add("aggregateType", event.aggregateType())
                    .add("aggregateId", event.aggregateId())
                    .add("aggregateSeq", event.aggregateSeq())
                    .add("type", event.type())
                    .add("occurredAt", event.occurredAt().toString())
                    .add("payload", event.payload()));
        }
        return Json.createObjectBuilder().add("events", events).build();
    }

    @POST
    @Path("observers/{name}/pause")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Hold a cluster-wide observer's deliveries on every instance (they wait, in order)")
    public JsonObject pause(@PathParam("name") String name) {
        operations.pause(name, true);
        return observer(name);
    }

    @POST
    @Path("observers/{name}/resume")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Release a held observer: what waited is delivered in order")
    public JsonObject resume(@PathParam("name") String name) {
        operations.pause(name, false);
        return observer(name);
    }

    private JsonObject observer(String name) {
        return dispatcher.status().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(OutboxResource::toJson)
                .orElseThrow(() -> new NotFound("No outbox observer named '" + name + "'"));
    }

    private static JsonObject toJson(OutboxDispatcher.ObserverStatus s) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        s.eventTypes().stream().sorted().forEach(types::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", s.name())
                .add("scope", s.scope().name())
                .add("eventTypes", types)
                .add("paused", s.paused())
                .add("handledThrough", s.handledThrough())
                .add("pending", s.pending())
                .add("deliveredHere", s.deliveredHere())
                .add("failuresHere", s.failuresHere());
        addInstant(json, "lastDeliveredAt", s.lastDeliveredAt());
        if (s.lastError() == null) {
            json.addNull("lastError");
        } else {
            json.add("lastError", s.lastError());
        }
        addInstant(json, "lastErrorAt", s.lastErrorAt());
        return json.build();
    }

    private static void addInstant(JsonObjectBuilder json, String name, java.time.Instant value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
