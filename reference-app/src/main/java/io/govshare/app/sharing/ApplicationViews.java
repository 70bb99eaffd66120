package io.govshare.app.sharing;

import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The JSON forms of the sharing workflow's objects (API-CONTRACT: camelCase, instants in UTC ISO-8601). */
final class ApplicationViews {

    private ApplicationViews() {
    }

    static List<String> items(ShareApplicationRow application) {
        return ApplicationService.parseItems(application.itemsJson());
    }

    static JsonObject view(ShareApplicationRow a, ShareSubscriptionRow subscription, WorkingCalendar calendar,
                           Instant now) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        items(a).forEach(items::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", a.id() == null ? 0 : a.id())
                .add("resourceCode", a.resourceCode())
                .add("resourceName", a.resourceName())
                .add("providerDepartment", a.providerDepartment())
                .add("consumerDepartment", a.consumerDepartment())
                .add("applicant", a.applicant())
                .add("items", items)
                .add("purpose", a.purpose())
                .add("periodFrom", a.periodFrom().toString())
                .add("periodTo", a.periodTo().toString())
                .add("status", a.status().name())
                .add("submittedAt", a.submittedAt().toString());
        optional(json, "legalBasis", a.legalBasis());
        deadline(json, a.dueAt(), a.status().pending(), calendar, now);
        if (a.conformityAt() != null) {
            JsonObjectBuilder conformity = Json.createObjectBuilder().add("by", a.conformityBy())
                    .add("at", a.conformityAt().toString());
            optional(conformity, "note", a.conformityNote());
            json.add("conformity", conformity);
        }
        if (a.decidedAt() != null) {
            JsonObjectBuilder decision = Json.createObjectBuilder().add("at", a.decidedAt().toString());
            optional(decision, "by", a.decidedBy());
            optional(decision, "reason", a.reason());
            json.add("decision", decision);
        }
        if (a.grantId() != null) {
            json.add("grantId", a.grantId());
        }
        if (subscription != null) {
            json.add("subscriptionId", subscription.id());
        }
        return json.build();
    }

    /** {@code dueAt}, {@code overdue} and {@code workingDaysLeft} of a waiting stage. */
    static void deadline(JsonObjectBuilder json, Instant dueAt, boolean pending, WorkingCalendar calendar, Instant now) {
        if (dueAt == null || !pending) {
            return;
        }
        json.add("dueAt", dueAt.toString())
                .add("overdue", !now.isBefore(dueAt))
                .add("workingDaysLeft", calendar.workingDaysLeft(now, dueAt));
    }

    static JsonObject view(ShareSubscriptionRow s, JsonObject deliveryStatus) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", s.id())
                .add("applicationId", s.applicationId())
                .add("consumerDepartment", s.consumerDepartment())
                .add("resourceCode", s.resourceCode())
                .add("status", s.status().name())
                .add("createdBy", s.createdBy())
                .add("createdAt", s.createdAt().toString())
                .add("changedAt", s.changedAt().toString());
        if (s.pausedAt() != null) {
            json.add("pausedAt", s.pausedAt().toString());
        }
        if (deliveryStatus != null) {
            json.add("delivery", deliveryStatus);
        }
        return json.build();
    }

    static JsonObject view(ShareDemandRow d, WorkingCalendar calendar, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", d.id())
                .add("requester", d.requester())
                .add("requesterDepartment", d.requesterDepartment())
                .add("targetDepartment", d.targetDepartment())
                .add("title", d.title())
                .add("description", d.description())
                .add("status", d.status().name())
                .add("submittedAt", d.submittedAt().toString());
        deadline(json, d.dueAt(), d.status() == ShareDemandRow.Status.OPEN, calendar, now);
        if (d.answeredAt() != null) {
            JsonObjectBuilder answer = Json.createObjectBuilder().add("by", d.answeredBy())
                    .add("at", d.answeredAt().toString());
            optional(answer, "resourceCode", d.resourceCode());
            optional(answer, "reason", d.reason());
            json.add("answer", answer);
        }
        return json.build();
    }

    static JsonObject view(NotificationRow n) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", n.id())
                .add("kind", n.kind())
                .add("subjectType", n.subjectType())
                .add("subjectId", n.subjectId())
                .add("message", n.message())
                .add("createdAt", n.createdAt().toString())
                .add("read", n.readAt() != null);
        return json.build();
    }

    static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
