package io.govshare.app.sharing;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.catalog.CatalogLookup;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.JsonFields;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;
import io.govshare.catalog.CatalogStatus;

/**
 * Missing-resource requests (缺失资源/需求申请): routed to the department believed to hold the data, which answers
 * within the configured working days by linking one of its catalog entries (often a new one, catalogued for the
 * request) or refuses with a reason.
 */
@ApplicationScoped
public class DemandService {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;

    @Inject
    SharingRepository repository;
    @Inject
    Departments departments;
    @Inject
    CatalogLookup catalog;
    @Inject
    Notifications notifications;
    @Inject
    SharingConfig config;
    @Inject
    CurrentActor user;
    @Inject
    AuditLog audit;

    @Transactional
    public ShareDemandRow raise(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        String requesterDepartment = user.requireDepartmentCode();
        String target = JsonFields.requiredString(request, "targetDepartment");
        if (departments.find(target).isEmpty()) {
            throw new InvalidInput("targetDepartment", "sharing.department-unknown",
                    "No department with code " + target);
        }
        if (target.equals(requesterDepartment)) {
            throw new InvalidInput("targetDepartment", "sharing.own-department",
                    "A request goes to another department; ask your own department's cataloguer directly");
        }
        String title = ApplicationService.text(request, "title", 2, MAX_TITLE, true);
        String description = ApplicationService.text(request, "description", 4, MAX_DESCRIPTION, true);
        Instant now = ApplicationService.now();
        ShareDemandRow demand = new ShareDemandRow(user.username(), requesterDepartment, target, title, description, now,
                config.calendar().deadline(now, config.demandDays()));
        repository.insert(demand);
        audit.record("sharing.demand.raise", AuditTarget.SHARE_DEMAND, demand.id().toString(), null,
                ApplicationViews.view(demand, config.calendar(), now).toString(), null);
        notifications.send(responsible(target), "demand.open", "share-demand", demand.id(),
                "新的资源需求：" + title + "，" + config.demandDays() + " 个工作日内答复");
        return demand;
    }

    /** Answers with a catalog entry of the target department (any status but RETIRED). */
    @Transactional
    public ShareDemandRow answer(long id, JsonObject body) {
        String resourceCode = JsonFields.requiredString(JsonFields.body(body), "resourceCode");
        ShareDemandRow demand = openDemandOfMyDepartment(id);
        CatalogLookup.CatalogRecord row = catalog.find(resourceCode).orElseThrow(() -> new InvalidInput(
                "resourceCode", "sharing.resource-unknown", "No catalog entry with code " + resourceCode));
        if (!demand.targetDepartment().equals(row.providerCode())) {
            throw new InvalidInput("resourceCode", "sharing.answer-not-own",
                    "Catalog entry " + resourceCode + " is provided by " + row.providerCode()
                            + ", not by the department the request went to");
        }
        if (row.status() == CatalogStatus.RETIRED) {
            throw new InvalidInput("resourceCode", "sharing.answer-retired",
                    "Catalog entry " + resourceCode + " is retired");
        }
        demand.close(ShareDemandRow.Status.ANSWERED, user.username(), ApplicationService.now(), resourceCode, null);
        audit.record("sharing.demand.answer", AuditTarget.SHARE_DEMAND, String.valueOf(id), null, null, resourceCode);
        notifications.send(List.of(demand.requester()), "demand.answered", "share-demand", id,
                "资源需求已答复：" + demand.title() + " → 目录 " + resourceCode);
        return demand;
    }

    @Transactional
    public ShareDemandRow refuse(long id, JsonObject body) {
        String reason = ApplicationService.text(JsonFields.body(body), "reason", 2, ApplicationService.MAX_REASON, true);
        ShareDemandRow demand = openDemandOfMyDepartment(id);
        demand.close(ShareDemandRow.Status.REFUSED, user.username(), ApplicationService.now(), null, reason);
        audit.record("sharing.demand.refuse", AuditTarget.SHARE_DEMAND, String.valueOf(id), null, null, reason);
        notifications.send(List.of(demand.requester()), "demand.refused", "share-demand", id,
                "资源需求被拒绝：" + demand.title() + "。理由：" + reason);
        return demand;
    }

    /** Cataloguers and reviewers of a department: those who can answer with an entry. */
    java.util.Set<String> responsible(String department) {
        java.util.Set<String> people = notifications.holders(Role.DEPT_CATALOGUER, department);
        people.addAll(notifications.holders(Role.DEPT_REVIEWER, department));
        return people;
    }

    private ShareDemandRow openDemandOfMyDepartment(long id) {
        ShareDemandRow demand = repository.lockDemand(id).orElseThrow(() -> new NotFound("No request " + id));
        if (!demand.targetDepartment().equals(user.departmentCode().orElse(null))) {
            throw new NotPermitted("Request " + id + " is answered by department " + demand.targetDepartment());
        }
        if (demand.status() != ShareDemandRow.Status.OPEN) {
            throw new Conflict("Request " + id + " is " + demand.status() + " already");
        }
        return demand;
    }
}
