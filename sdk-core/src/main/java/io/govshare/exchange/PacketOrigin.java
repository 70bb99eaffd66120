package io.govshare.exchange;

import java.util.Objects;
import java.util.regex.Pattern;

import io.govshare.exchange.internal.ExchangeJson;

/**
 * The submission a delivery was made from. When the hub re-seals a provider's packet for a consumer (with
 * only the items the consumer is granted), the delivery's header names the original packet so that the
 * consumer and an auditor can trace it back to the provider's signed submission and its receipt.
 *
 * @param packetId       the id of the original packet
 * @param sourceNode     the node that sent the original packet (a delivery's own sourceNode is "hub")
 * @param manifestDigest lower-case hex digest of the original packet's manifest.json, as in its receipt
 */
public record PacketOrigin(PacketId packetId, String sourceNode, String manifestDigest) {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException naming the field that breaks its rule */
    public PacketOrigin {
        Objects.requireNonNull(packetId, "origin.packetId");
        ExchangeJson.requireNodeId(sourceNode, "origin.sourceNode");
        if (manifestDigest == null || !DIGEST.matcher(manifestDigest).matches()) {
            throw new IllegalArgumentException("origin.manifestDigest must be 64 lower-case hex digits, got "
                    + (manifestDigest == null ? "null" : "'" + manifestDigest + "'"));
        }
    }
}
