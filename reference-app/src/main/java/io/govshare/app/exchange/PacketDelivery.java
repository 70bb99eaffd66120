package io.govshare.app.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * How accepted submissions reach consumer nodes. The embedded implementation ({@link EmbeddedPacketDelivery})
 * keeps inboxes in the platform database and packet files on local disk; at a scale one machine cannot carry, a
 * distributed log (Kafka, with a topic per consumer node and the cursor as the offset) can implement the same
 * contract without the intake or the REST API changing.
 * <p>
 * Contract: after {@link #submitted} the packet is routed eventually, also across crashes and restarts; each
 * consumer node gets each submission at most once, with only its granted items, re-sealed for its key.
 */
public interface PacketDelivery {

    /** A submission has committed; route it (asynchronously is fine). */
    void submitted(String packetId);

    /**
     * Delivers to {@code consumerDepartment}'s nodes what its grant of {@code resourceCode} missed: the submissions
     * received at or after {@code since}, or with no {@code since} those from the latest FULL one on. Called when a
     * subscription starts or resumes; in order with the routing of new submissions, each delivered at most once.
     *
     * @return the number of deliveries made
     */
    int catchUp(String consumerDepartment, String resourceCode, java.time.Instant since);

    /** Unacknowledged deliveries of {@code nodeId} with a cursor above {@code after}, oldest first. */
    List<InboxItem> inbox(String nodeId, long after, int limit);

    /** The bytes of one delivery of {@code nodeId}; 404 problem if it is not that node's. */
    Path packetFile(String nodeId, String deliveryPacketId);

    /** Marks deliveries as received by the node; returns how many were newly acknowledged. */
    int acknowledge(String nodeId, List<String> deliveryPacketIds);

    /** One inbox entry; {@code cursor} increases in delivery order. */
    record InboxItem(long cursor, String packetId, String sourcePacketId, String resourceCode, long recordCount,
                     long byteSize, java.time.Instant createdAt) {
    }
}
