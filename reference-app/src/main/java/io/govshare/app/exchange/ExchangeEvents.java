package io.govshare.app.exchange;

import java.util.Set;

import jakarta.json.Json;

import io.govshare.app.platform.outbox.Outbox;

/**
 * The exchange's outbox events.
 * <ul>
 *   <li>{@value #PACKET_ACCEPTED}, aggregate {@value #RESOURCE} (the resource code): a packet passed every check and
 *       got its receipt — in commit order per resource, so a base library can apply a resource's packets in the
 *       order the hub accepted them. Payload: {@code packetId, sourceNode, departmentCode, resourceCode, sequence,
 *       operation, recordCount, byteSize, manifestDigest, receivedAt}.</li>
 *   <li>{@value #DELIVERY_ACKNOWLEDGED}, aggregate {@value #NODE} (the node id): a consumer node confirmed a
 *       delivery. Payload: {@code deliveryId, nodeId, resourceCode, sourcePacketId, recordCount, acknowledgedAt}.</li>
 *   <li>{@value #GRANT_CREATED}, {@value #GRANT_CHANGED}, {@value #GRANT_PAUSED}, {@value #GRANT_RESUMED},
 *       {@value #GRANT_REVOKED}, aggregate {@value #GRANT} (the grant id): who may receive which items. Payload:
 *       the grant as {@code GET /api/v1/exchange/grants} shows it.</li>
 * </ul>
 */
public final class ExchangeEvents {

    public static final String RESOURCE = "exchange-resource";
    public static final String NODE = "exchange-node";
    public static final String GRANT = "exchange-grant";

    public static final String PACKET_ACCEPTED = "exchange.packet.accepted";
    public static final String DELIVERY_ACKNOWLEDGED = "exchange.delivery.acknowledged";
    public static final String GRANT_CREATED = "exchange.grant.created";
    public static final String GRANT_CHANGED = "exchange.grant.changed";
    public static final String GRANT_PAUSED = "exchange.grant.paused";
    public static final String GRANT_RESUMED = "exchange.grant.resumed";
    public static final String GRANT_REVOKED = "exchange.grant.revoked";

    public static final Set<String> GRANT_EVENTS = Set.of(GRANT_CREATED, GRANT_CHANGED, GRANT_PAUSED, GRANT_RESUMED,
            GRANT_REVOKED);

    private ExchangeEvents() {
    }

    static void packetAccepted(Outbox outbox, ExchangePacketRow row) {
        outbox.publish(RESOURCE, row.resourceCode(), PACKET_ACCEPTED, Json.createObjectBuilder()
                .add("packetId", row.packetId())
                .add("sourceNode", row.sourceNode())
                .add("departmentCode", row.departmentCode())
                .add("resourceCode", row.resourceCode())
                .add("sequence", row.sequence())
                .add("operation", row.operation())
                .add("recordCount", row.recordCount())
                .add("byteSize", row.byteSize())
                .add("manifestDigest", row.manifestDigest())
                .add("receivedAt", row.receivedAt().toString())
                .build());
    }

    static void deliveryAcknowledged(Outbox outbox, DeliveryRow row) {
        outbox.publish(NODE, row.nodeId(), DELIVERY_ACKNOWLEDGED, Json.createObjectBuilder()
                .add("deliveryId", row.packetId())
                .add("nodeId", row.nodeId())
                .add("resourceCode", row.resourceCode())
                .add("sourcePacketId", row.sourcePacketId())
                .add("recordCount", row.recordCount())
                .add("acknowledgedAt", row.ackedAt().toString())
                .build());
    }

    static void grant(Outbox outbox, String type, ExchangeGrantRow grant) {
        if (type.equals(GRANT_CREATED)) {
            // a new grant id: no other writer can reach this aggregate before the commit
            outbox.publishSerialized(GRANT, String.valueOf(grant.id()), type, GrantService.view(grant));
        } else {
            outbox.publish(GRANT, String.valueOf(grant.id()), type, GrantService.view(grant));
        }
    }
}
