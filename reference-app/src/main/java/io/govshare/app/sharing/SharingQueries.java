package io.govshare.app.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import io.govshare.app.platform.PageRequest;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;

/**
 * What the sharing portal reads: applications, requests, to-dos and notifications, each with the visibility rule
 * that goes with it (a department sees its own, the platform sees all), in one read transaction per question.
 */
@ApplicationScoped
public class SharingQueries {

    static final int NOTIFICATION_LIMIT = 100;

    /** Whose applications: my department's, those for my department's resources, or all (platform roles). */
    public enum Scope { MINE, PROVIDER, ALL }

    /** {@code GET /sharing/applications}, parsed. */
    public record ApplicationQuery(Scope scope, Set<ShareApplicationRow.Status> statuses, PageRequest paging) {
    }

    /** {@code GET /sharing/demands}, parsed; {@code status} null for every status. */
    public record DemandQuery(ShareDemandRow.Status status, PageRequest paging) {
    }

    @Inject
    SharingRepository repository;
    @Inject
    SharingConfig config;
    @Inject
    CurrentActor user;

    @Transactional
    public JsonObject applications(ApplicationQuery query) {
        String consumer = null;
        String provider = null;
        switch (query.scope()) {
            case MINE -> consumer = user.requireDepartmentCode();
            case PROVIDER -> provider = user.requireDepartmentCode();
            case ALL -> {
                if (!SharingAccess.platform(user)) {
                    throw new NotPermitted("scope=all is for platform reviewers, admins and auditors");
                }
            }
        }
        Instant now = Instant.now();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ShareApplicationRow row : repository.applications(consumer, provider, query.statuses(),
                query.paging().offset(), query.paging().size())) {
            items.add(ApplicationViews.view(row, repository.subscriptionOf(row.id()).orElse(null), config.calendar(),
                    now));
        }
        return SharingAccess.page(items, query.paging());
    }

    /** One application: visible to its two departments and to the platform. */
    @Transactional
    public JsonObject application(long id) {
        ShareApplicationRow row = repository.application(id).orElseThrow(() -> new NotFound("No application " + id));
        SharingAccess.requireVisible(user, row.consumerDepartment(), row.providerDepartment(), "application " + id);
        return ApplicationViews.view(row, repository.subscriptionOf(id).orElse(null), config.calendar(), Instant.now());
    }

    /**
     * My to-dos: what waits for my action, oldest deadline first — conformity reviews for platform reviewers,
     * decisions for the providing department's reviewers, open missing-resource requests for its cataloguers and
     * reviewers.
     */
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
        todos.sort(Comparator.comparing(t -> t.getString("dueAt", "9999")));
        JsonArrayBuilder items = Json.createArrayBuilder();
        todos.forEach(items::add);
        return Json.createObjectBuilder().add("items", items)
                .add("overdue", todos.stream().filter(t -> t.getBoolean("overdue", false)).count()).build();
    }

    /** Requests raised by or routed to my department (all of them for the platform). */
    @Transactional
    public JsonObject demands(DemandQuery query) {
        String department = SharingAccess.platform(user) ? null : user.requireDepartmentCode();
        Instant now = Instant.now();
        JsonArrayBuilder items = Json.createArrayBuilder();
        repository.demands(department, query.status(), query.paging().offset(), query.paging().size())
                .forEach(d -> items.add(ApplicationViews.view(d, config.calendar(), now)));
        return SharingAccess.page(items, query.paging());
    }

    /** One request: visible to its two departments and to the platform. */
    @Transactional
    public JsonObject demand(long id) {
        ShareDemandRow demand = repository.demand(id).orElseThrow(() -> new NotFound("No request " + id));
        SharingAccess.requireVisible(user, demand.requesterDepartment(), demand.targetDepartment(), "request " + id);
        return ApplicationViews.view(demand, config.calendar(), Instant.now());
    }

    /** My notifications, newest first, with the unread count. */
    @Transactional
    public JsonObject notifications(boolean unreadOnly) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        repository.notifications(user.username(), unreadOnly, NOTIFICATION_LIMIT)
                .forEach(n -> items.add(ApplicationViews.view(n)));
        return Json.createObjectBuilder().add("items", items).add("unread", repository.unreadCount(user.username()))
                .build();
    }

    private JsonObject todo(String kind, long id, String title, Instant dueAt, Instant now) {
        var json = Json.createObjectBuilder().add("kind", kind).add("id", id).add("title", title);
        ApplicationViews.deadline(json, dueAt, true, config.calendar(), now);
        return json.build();
    }
}
