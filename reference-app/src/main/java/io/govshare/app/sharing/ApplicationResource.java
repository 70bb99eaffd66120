package io.govshare.app.sharing;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import io.govshare.app.platform.security.Role;

/**
 * Resource applications (资源申请) and the reviewers' to-do list. Every sharing resource is rooted at
 * {@code /api/v1/sharing}: RESTEasy matches one root class per path prefix.
 */
@Path(GovShareApplication.API + "/sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sharing")
public class ApplicationResource {

    @Inject
    ApplicationService applications;
    @Inject
    SharingQueries queries;
    @Inject
    SharingConfig config;

    @POST
    @Path("applications")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for data items of a shared resource: {resourceCode, items[], purpose, legalBasis "
            + "(required for 有条件共享 items), periodFrom, periodTo}")
    public Response submit(JsonObject body) {
        ShareApplicationRow application = applications.submit(body);
        return Response.created(URI.create("/" + GovShareApplication.API + "/sharing/applications/" + application.id()))
                .entity(ApplicationViews.view(application, null, config.calendar(), Instant.now())).build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Applications. scope=mine (my department applied; default), provider (for my department's "
            + "resources), all (platform reviewers, admins, auditors); status=comma-separated statuses")
    public JsonObject list(@QueryParam("scope") String scope, @QueryParam("status") String status,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest paging = PageRequest.parse(page, size, errors);
        Set<ShareApplicationRow.Status> statuses = statuses(status, errors);
        SharingQueries.Scope parsedScope = switch (scope == null ? "mine" : scope) {
            case "mine" -> SharingQueries.Scope.MINE;
            case "provider" -> SharingQueries.Scope.PROVIDER;
            case "all" -> SharingQueries.Scope.ALL;
            default -> {
                errors.add(new FieldError("scope", "one-of",
                        "scope must be one of [all, mine, provider], got '" + scope + "'"));
                yield null;
            }
        };
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid query parameters", errors);
        }
        return queries.applications(new SharingQueries.ApplicationQuery(parsedScope, statuses, paging));
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One application: visible to its two departments and to the platform")
    public JsonObject get(@PathParam("id") long id) {
        return queries.application(id);
    }

    @POST
    @Path("applications/{id}/conformity")
    @RolesAllowed(Role.Names.PLATFORM_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The platform's conformity review: {\"decision\": \"PASS\"|\"REFUSE\", \"reason\": \"...\"} "
            + "(reason required to refuse); 无条件共享 items only are granted by PASS itself")
    public JsonObject conformity(@PathParam("id") long id, JsonObject body) {
        return ApplicationViews.view(applications.conformity(id, body), null, config.calendar(), Instant.now());
    }

    @POST
    @Path("applications/{id}/decision")
    @RolesAllowed(Role.Names.DEPT_REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The providing department's reviewer: {\"decision\": \"APPROVE\"|\"REFUSE\", \"reason\": "
            + "\"...\"} (reason required to refuse); approval creates the grant")
    public JsonObject decide(@PathParam("id") long id, JsonObject body) {
        return ApplicationViews.view(applications.decide(id, body), null, config.calendar(), Instant.now());
    }

    @POST
    @Path("applications/{id}/withdraw")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER})
    @Operation(summary = "The applicant withdraws an application still under review")
    public JsonObject withdraw(@PathParam("id") long id) {
        return ApplicationViews.view(applications.withdraw(id), null, config.calendar(), Instant.now());
    }

    @GET
    @Path("todos")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "My to-dos with deadlines and overdue marks")
    public JsonObject todos() {
        return queries.todos();
    }

    private static Set<ShareApplicationRow.Status> statuses(String value, List<FieldError> errors) {
        Set<ShareApplicationRow.Status> statuses = EnumSet.noneOf(ShareApplicationRow.Status.class);
        if (value == null || value.isBlank()) {
            return statuses;
        }
        for (String part : value.split(",")) {
            try {
                statuses.add(ShareApplicationRow.Status.valueOf(part.trim()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "one-of", "'" + part.trim() + "' is not one of "
                        + List.of(ShareApplicationRow.Status.values())));
            }
        }
        return statuses;
    }
}
