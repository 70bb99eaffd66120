package io.govshare.app.sharing;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.FieldError;
import io.govshare.app.platform.PageRequest;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;

/** Missing-resource requests (缺失资源/需求申请) and the user's notifications. */
@Path(GovShareApplication.API + "/sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sharing")
public class DemandResource {

    @Inject
    DemandService demands;
    @Inject
    SharingQueries queries;
    @Inject
    Notifications notifications;
    @Inject
    SharingConfig config;
    @Inject
    CurrentActor user;

    @POST
    @Path("demands")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request data no catalog entry describes: {targetDepartment, title, description}")
    public Response raise(JsonObject body) {
        ShareDemandRow demand = demands.raise(body);
        return Response.created(URI.create("/" + GovShareApplication.API + "/sharing/demands/" + demand.id()))
                .entity(ApplicationViews.view(demand, config.calendar(), Instant.now())).build();
    }

    @GET
    @Path("demands")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Requests raised by or routed to my department (all, for the platform); status=OPEN|ANSWERED|REFUSED")
    public JsonObject list(@QueryParam("status") String status, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest paging = PageRequest.parse(page, size, errors);
        ShareDemandRow.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ShareDemandRow.Status.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "one-of", "status must be one of "
                        + List.of(ShareDemandRow.Status.values()) + ", got '" + status + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid query parameters", errors);
        }
        return queries.demands(new SharingQueries.DemandQuery(wanted, paging));
    }

    @GET
    @Path("demands/{id}")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One request: visible to its two departments and to the platform")
    public JsonObject get(@PathParam("id") long id) {
        return queries.demand(id);
    }

    @POST
    @Path("demands/{id}/answer")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer with one of my department's catalog entries: {resourceCode}")
    public JsonObject answer(@PathParam("id") long id, JsonObject body) {
        return ApplicationViews.view(demands.answer(id, body), config.calendar(), Instant.now());
    }

    @POST
    @Path("demands/{id}/refuse")
    @RolesAllowed({Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse with a reason: {reason}")
    public JsonObject refuse(@PathParam("id") long id, JsonObject body) {
        return ApplicationViews.view(demands.refuse(id, body), config.calendar(), Instant.now());
    }

    @GET
    @Path("notifications")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "My notifications, newest first (unread=true for unread only), with the unread count")
    public JsonObject notifications(@QueryParam("unread") boolean unreadOnly) {
        return queries.notifications(unreadOnly);
    }

    @POST
    @Path("notifications/{id}/read")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Mark one of my notifications read")
    public JsonObject read(@PathParam("id") long id) {
        return ApplicationViews.view(notifications.markRead(id, user.username()));
    }
}
