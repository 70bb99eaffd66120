package io.govshare.app.sharing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import io.govshare.app.platform.outbox.Outbox;

/**
 * The sharing workflow's outbox events: {@value #APPLICATION_DECIDED}, aggregate {@value #APPLICATION} (the
 * application id), when an application reaches its outcome — {@code APPROVED} (with the grant), {@code REFUSED} by
 * the provider or {@code NONCONFORMING} at the platform's review. Payload: {@code applicationId, resourceCode,
 * providerDepartment, consumerDepartment, status, decidedBy, reason, grantId}.
 */
public final class SharingEvents {

    public static final String APPLICATION = "share-application";
    public static final String APPLICATION_DECIDED = "sharing.application.decided";

    private SharingEvents() {
    }

    static void applicationDecided(Outbox outbox, ShareApplicationRow application, String decidedBy, String reason) {
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("applicationId", application.id())
                .add("resourceCode", application.resourceCode())
                .add("providerDepartment", application.providerDepartment())
                .add("consumerDepartment", application.consumerDepartment())
                .add("status", application.status().name())
                .add("decidedBy", decidedBy);
        if (reason == null) {
            payload.addNull("reason");
        } else {
            payload.add("reason", reason);
        }
        if (application.grantId() == null) {
            payload.addNull("grantId");
        } else {
            payload.add("grantId", application.grantId());
        }
        // the decision holds the application's row lock
        outbox.publishSerialized(APPLICATION, String.valueOf(application.id()), APPLICATION_DECIDED, payload.build());
    }
}
