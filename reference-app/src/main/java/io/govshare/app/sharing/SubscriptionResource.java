package io.govshare.app.sharing;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.security.Role;

/** Subscriptions to approved applications: subscribe, pause, resume, cancel, and the delivery status of each. */
@Path(GovShareApplication.API + "/sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sharing")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Path("subscriptions")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to an approved application ({applicationId}): deliveries start, beginning with "
            + "the resource's latest FULL packet")
    public Response subscribe(JsonObject body) {
        SubscriptionService.Change change = subscriptions.subscribe(body);
        int delivered = subscriptions.catchUp(change);
        return Response.created(URI.create("/" + GovShareApplication.API + "/sharing/subscriptions/" + change.subscription().id()))
                .entity(withCatchUp(subscriptions.get(change.subscription().id()), delivered)).build();
    }

    @GET
    @Path("subscriptions")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "My department's subscriptions with their delivery status (all, for the platform)")
    public JsonObject list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        subscriptions.list().forEach(items::add);
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("subscriptions/{id}")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One subscription with its delivery status")
    public JsonObject get(@PathParam("id") long id) {
        return subscriptions.get(id);
    }

    @POST
    @Path("subscriptions/{id}/pause")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Operation(summary = "Hold deliveries; resuming delivers what arrived meanwhile")
    public JsonObject pause(@PathParam("id") long id) {
        subscriptions.pause(id);
        return subscriptions.get(id);
    }

    @POST
    @Path("subscriptions/{id}/resume")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Operation(summary = "Resume deliveries, first catching up on the packets received while paused")
    public JsonObject resume(@PathParam("id") long id) {
        int delivered = subscriptions.catchUp(subscriptions.resume(id));
        return withCatchUp(subscriptions.get(id), delivered);
    }

    @POST
    @Path("subscriptions/{id}/cancel")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Operation(summary = "End the subscription and its grant; receiving the resource again takes a new application")
    public JsonObject cancel(@PathParam("id") long id) {
        subscriptions.cancel(id);
        return subscriptions.get(id);
    }

    private static JsonObject withCatchUp(JsonObject subscription, int delivered) {
        return Json.createObjectBuilder(subscription).add("caughtUp", delivered).build();
    }
}
