package io.govshare.app.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.exchange.Grants;
import io.govshare.app.exchange.PacketDelivery;
import io.govshare.app.platform.JsonFields;
import io.govshare.app.platform.domain.Conflict;
import io.govshare.app.platform.domain.InvalidInput;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;

/**
 * Subscriptions: the consumer department's switch on the deliveries an approved application grants. Subscribing
 * starts them with a catch-up from the resource's latest FULL packet, pausing holds them (the grant stays, nothing is
 * routed), resuming delivers what arrived meanwhile and goes on, cancelling ends the grant; receiving the resource
 * again then takes a new application.
 */
@ApplicationScoped
public class SubscriptionService {

    /**
     * Resuming catches up from a little before the pause: a packet accepted just before it may have been routed
     * just after it (and so skipped). Deliveries are never repeated, so the margin costs nothing.
     */
    private static final Duration RESUME_MARGIN = Duration.ofMinutes(1);

    @Inject
    SharingRepository repository;
    @Inject
    Grants grants;
    @Inject
    PacketDelivery delivery;
    @Inject
    CurrentActor user;
    @Inject
    AuditLog audit;

    /** What a change decided, and the catch-up to run once it has committed. */
    public record Change(ShareSubscriptionRow subscription, boolean catchUp, Instant since) {
    }

    @Transactional
    public Change subscribe(JsonObject body) {
        JsonObject request = JsonFields.body(body);
        long applicationId = JsonFields.requiredLong(request, "applicationId");
        ShareApplicationRow application = repository.lockApplication(applicationId)
                .orElseThrow(() -> new InvalidInput("applicationId", "sharing.application-unknown",
                        "No application " + applicationId));
        if (!application.consumerDepartment().equals(user.requireDepartmentCode())) {
            throw new NotPermitted("Application " + applicationId + " belongs to department "
                    + application.consumerDepartment());
        }
        if (application.status() != ShareApplicationRow.Status.APPROVED || application.grantId() == null) {
            throw new Conflict("Application " + applicationId + " is " + application.status()
                    + "; only an approved application can be subscribed to");
        }
        if (repository.subscriptionOf(applicationId).isPresent()) {
            throw new Conflict("Application " + applicationId + " has a subscription already (a"
                    + " cancelled one cannot be restarted: apply again)");
        }
        Instant now = ApplicationService.now();
        ShareSubscriptionRow subscription = new ShareSubscriptionRow(applicationId, application.consumerDepartment(),
                application.resourceCode(), user.username(), now);
        repository.insert(subscription);
        grants.pause(application.grantId(), false);
        audit.record("sharing.subscription.subscribe", AuditTarget.SHARE_SUBSCRIPTION, subscription.id().toString(), null,
                ApplicationViews.view(subscription, null).toString(), null);
        return new Change(subscription, true, null);
    }

    @Transactional
    public Change pause(long id) {
        ShareSubscriptionRow subscription = own(id);
        requireStatus(subscription, ShareSubscriptionRow.Status.ACTIVE, "paused");
        subscription.change(ShareSubscriptionRow.Status.PAUSED, ApplicationService.now());
        grants.pause(grantOf(subscription), true);
        audit.record("sharing.subscription.pause", AuditTarget.SHARE_SUBSCRIPTION, String.valueOf(id), null, null, null);
        return new Change(subscription, false, null);
    }

    @Transactional
    public Change resume(long id) {
        ShareSubscriptionRow subscription = own(id);
        requireStatus(subscription, ShareSubscriptionRow.Status.PAUSED, "resumed");
        Instant since = subscription.pausedAt().minus(RESUME_MARGIN);
        subscription.change(ShareSubscriptionRow.Status.ACTIVE, ApplicationService.now());
        grants.pause(grantOf(subscription), false);
        audit.record("sharing.subscription.resume", AuditTarget.SHARE_SUBSCRIPTION, String.valueOf(id), null, null, null);
        return new Change(subscription, true, since);
    }

    @Transactional
    public Change cancel(long id) {
        ShareSubscriptionRow subscription = own(id);
        if (subscription.status() == ShareSubscriptionRow.Status.CANCELLED) {
            throw new Conflict("Subscription " + id + " is cancelled already");
        }
        subscription.change(ShareSubscriptionRow.Status.CANCELLED, ApplicationService.now());
        long grant = grantOf(subscription);
        grants.revokeIfPresent(grant);
        audit.record("sharing.subscription.cancel", AuditTarget.SHARE_SUBSCRIPTION, String.valueOf(id), null, null, null);
        return new Change(subscription, false, null);
    }

    /** Runs a change's catch-up after its transaction committed; returns the deliveries made. */
    public int catchUp(Change change) {
        if (!change.catchUp()) {
            return 0;
        }
        return delivery.catchUp(change.subscription().consumerDepartment(), change.subscription().resourceCode(),
                change.since());
    }

    @Transactional
    public List<JsonObject> list() {
        String department = SharingAccess.platform(user) ? null : user.requireDepartmentCode();
        return repository.subscriptions(department).stream()
                .map(s -> ApplicationViews.view(s, deliveryStatus(s))).toList();
    }

    @Transactional
    public JsonObject get(long id) {
        ShareSubscriptionRow subscription = repository.subscription(id)
                .orElseThrow(() -> new NotFound("No subscription " + id));
        SharingAccess.requireVisible(user, subscription.consumerDepartment(), subscription.consumerDepartment(),
                "subscription " + id);
        return ApplicationViews.view(subscription, deliveryStatus(subscription));
    }

    /** Delivery status over the department's nodes: counts, acknowledgements, dead letters, first and last. */
    private JsonObject deliveryStatus(ShareSubscriptionRow subscription) {
        Grants.DeliveryStatus totals = grants.deliveryStatus(subscription.consumerDepartment(),
                subscription.resourceCode());
        int activeNodes = totals.activeNodes();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("packets", totals.packets())
                .add("records", totals.records())
                .add("acknowledged", totals.acknowledged())
                .add("deadLetters", totals.deadLetters())
                .add("activeNodes", activeNodes);
        json.add("firstDeliveredAt", totals.firstDeliveredAt() == null ? JsonValue.NULL
                : Json.createValue(totals.firstDeliveredAt().toString()));
        json.add("lastDeliveredAt", totals.lastDeliveredAt() == null ? JsonValue.NULL
                : Json.createValue(totals.lastDeliveredAt().toString()));
        if (activeNodes == 0) {
            json.add("warning", "Your department has no active exchange node: register one to receive the data");
        }
        return json.build();
    }


    private ShareSubscriptionRow own(long id) {
        ShareSubscriptionRow subscription = repository.lockSubscription(id)
                .orElseThrow(() -> new NotFound("No subscription " + id));
        if (!subscription.consumerDepartment().equals(user.departmentCode().orElse(null))) {
            throw new NotPermitted("Subscription " + id + " belongs to department "
                    + subscription.consumerDepartment());
        }
        return subscription;
    }

    private long grantOf(ShareSubscriptionRow subscription) {
        return repository.application(subscription.applicationId()).map(ShareApplicationRow::grantId)
                .orElseThrow(() -> new IllegalStateException("subscription " + subscription.id()
                        + " has no granted application"));
    }

    private static void requireStatus(ShareSubscriptionRow subscription, ShareSubscriptionRow.Status expected,
                                      String action) {
        if (subscription.status() != expected) {
            throw new Conflict("Subscription " + subscription.id() + " is " + subscription.status()
                    + "; only an " + expected + " subscription can be " + action);
        }
    }
}
