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
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
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
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
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
    SharingRepository repository;
    @Inject
    SharingConfig config;
    @Inject
    CurrentActor user;

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
    @Transactional
    public JsonObject list(@QueryParam("scope") String scope, @QueryParam("status") String status,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest paging = PageRequest.parse(page, size, errors);
        Set<ShareApplicationRow.Status> statuses = statuses(status, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid query parameters", errors);
        }
        String consumer = null;
        String provider = null;
        switch (scope == null ? "mine" : scope) {
            case "mine" -> consumer = user.requireDepartmentCode();
            case "provider" -> provider = user.requireDepartmentCode();
            case "all" -> {
                if (!SharingAccess.platform(user)) {
                    throw new NotPermitted("scope=all is for platform reviewers, admins and auditors");
                }
            }
            default -> throw new InvalidInput("scope", "one-of",
                    "scope must be one of [all, mine, provider], got '" + scope + "'");
        }
        Instant now = Instant.now();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ShareApplicationRow row : repository.applications(consumer, provider, statuses, paging.offset(),
                paging.size())) {
            items.add(ApplicationViews.view(row, repository.subscriptionOf(row.id()).orElse(null), config.calendar(), now));
        }
        return SharingAccess.page(items, paging);
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "One application: visible to its two departments and to the platform")
    @Transactional
    public JsonObject get(@PathParam("id") long id) {
        ShareApplicationRow row = repository.application(id).orElseThrow(() -> new NotFound(
                "No application " + id));
        SharingAccess.requireVisible(user, row.consumerDepartment(), row.providerDepartment(), "application " + id);
        return ApplicationViews.view(row, repository.subscriptionOf(id).orElse(null), config.calendar(), Instant.now());
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

    /**
     * My to-dos: what waits for my action, oldest deadline first — conformity reviews for platform reviewers,
     * decisions for the providing department's reviewers, open missing-resource requests for its cataloguers and
     * reviewers.
     */
    @GET
    @Path("todos")
    @RolesAllowed({Role.Names.CONSUMER, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
            Role.Names.PLATFORM_REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "My to-dos with deadlines and overdue marks")
    @Transactional
    public JsonObject todos() {
        Instant now = Instant.now();
        List<JsonObject> todos = new ArrayList<>();
        if (user.has(Role.PLATFORM_REVIEWER)) {
            for (ShareApplicationRow row : repository.applications(null, null,
                    EnumSet.of(ShareApplicationRow.Status.CONFORMITY_REVIEW), 0, PageRequest.MAX_SIZE)) {
                todos.add(todo("application.conformity-review", row.id(), row.resourceName(), row.dueAt(), now));
            }
        }
        String department = user.departmentCode().orElse(null);
        if (department != null && user.has(Role.DEPT_REVIEWER)) {
            for (ShareApplicationRow row : repository.applications(null, department,
                    EnumSet.of(ShareApplicationRow.Status.PROVIDER_REVIEW), 0, PageRequest.MAX_SIZE)) {
                todos.add(todo("application.provider-review", row.id(), row.resourceName(), row.dueAt(), now));
            }
        }
        if (department != null && (user.has(Role.DEPT_REVIEWER) || user.has(Role.DEPT_CATALOGUER))) {
            for (ShareDemandRow row : repository.openDemandsFor(department)) {
                todos.add(todo("demand.open", row.id(), row.title(), row.dueAt(), now));
            }
        }
        todos.sort(java.util.Comparator.comparing(t -> t.getString("dueAt", "9999")));
        JsonArrayBuilder items = Json.createArrayBuilder();
        todos.forEach(items::add);
        return Json.createObjectBuilder().add("items", items)
                .add("overdue", todos.stream().filter(t -> t.getBoolean("overdue", false)).count()).build();
    }

    private JsonObject todo(String kind, long id, String title, Instant dueAt, Instant now) {
        var json = Json.createObjectBuilder().add("kind", kind).add("id", id).add("title", title);
        ApplicationViews.deadline(json, dueAt, true, config.calendar(), now);
        return json.build();
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
