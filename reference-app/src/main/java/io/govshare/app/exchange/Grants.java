package io.govshare.app.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The exchange feature's published port for grants: which consumer department may receive which items of which
 * resource, and how its deliveries went. The sharing workflow and the map services ask here; they never see the
 * exchange's rows or repository.
 */
public interface Grants {

    /**
     * Creates the grant, or replaces the items of the existing grant of that department and resource. A new grant
     * starts paused if {@code startPaused} (an approved application delivers once its subscription starts); an
     * existing grant keeps its pause state. Joins the caller's transaction.
     *
     * @param items the item names; null or empty for every item that may be shared
     */
    GrantInfo grant(String consumerDepartment, String resourceCode, List<String> items, boolean startPaused);

    /** Holds or releases the deliveries of a grant. */
    void pause(long grantId, boolean paused);

    /** Ends the grant if it still exists; returns whether it did. */
    boolean revokeIfPresent(long grantId);

    /** Every grant of the resource (every grant when null). */
    List<GrantInfo> list(String resourceCodeOrNull);

    /** What the consumer department's nodes received of the resource. */
    DeliveryStatus deliveryStatus(String consumerDepartment, String resourceCode);

    /** A grant as other features see it. */
    record GrantInfo(long id, String consumerDepartment, String resourceCode, boolean paused) {
    }

    /**
     * Deliveries of one resource to one consumer department, over all its nodes.
     *
     * @param firstDeliveredAt null when nothing was delivered yet
     * @param lastDeliveredAt  null when nothing was delivered yet
     * @param activeNodes      the department's active exchange nodes (none: nothing can be received)
     */
    record DeliveryStatus(long packets, long records, long acknowledged, long deadLetters, Instant firstDeliveredAt,
                          Instant lastDeliveredAt, int activeNodes) {
    }
}
