package io.govshare.security.receipt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import io.govshare.security.crypto.SigningKey;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.NodeIds;
import io.govshare.security.internal.StrictJson;
import io.govshare.security.timestamp.TimestampAuthority;

/**
 * Issues the hub's receipts: timestamps the manifest digest with the hub's TSA, then signs the receipt with
 * the hub's key. Takes plain values rather than a packet type so that it serves any intake path.
 *
 * <p>The manifest digest must be under the TSA's digest algorithm (SM3 for an SM hub, SHA-256 for INTL):
 * one profile per deployment keeps the token's imprint and the packet's digest the same value.
 *
 * <p>Thread-safe. A receipt is never issued twice for one packet by this class's design alone: SM2 and
 * ECDSA signatures are randomised, so the hub stores the first receipt and answers a repeated packet id with it.
 */
public final class ReceiptIssuer {

    private final NodeIdentity hub;
    private final TimestampAuthority tsa;
    private final SigningKey signingKey;

    /**
     * @param hub the hub's identity: its certificate's CN must be {@value NodeIds#HUB}, as receipt verifiers require
     * @param tsa the hub's timestamping authority
     * @throws IllegalArgumentException if the identity is not the hub's
     */
    public ReceiptIssuer(NodeIdentity hub, TimestampAuthority tsa) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.tsa = Objects.requireNonNull(tsa, "tsa");
        String commonName = Certificates.nodeId(hub.certificate());
        if (!NodeIds.HUB.equals(commonName)) {
            throw new IllegalArgumentException("receipts are signed by the hub's identity (certificate CN="
                    + NodeIds.HUB + "), got CN=" + commonName);
        }
        this.signingKey = hub.profile().signingKey(hub.privateKey());
    }

    /**
     * A signed, timestamped receipt. {@code receivedAt} is kept to the millisecond.
     *
     * @param manifestDigestHex hex digest of the packet's manifest.json (upper case is accepted and written lower)
     * @throws ReceiptFormatException if a value breaks receipt.schema.json (message names the field)
     */
    public Receipt issue(String packetId, String manifestDigestHex, String sourceNode, String resourceCode,
                         long sequence, long recordCount, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        String manifestDigest;
        try {
            manifestDigest = StrictJson.hexDigest(manifestDigestHex == null ? null
                    : manifestDigestHex.toLowerCase(Locale.ROOT), "receipt.manifestDigest");
        } catch (IllegalArgumentException e) {
            throw new ReceiptFormatException(e.getMessage(), e);
        }
        Instant received = receivedAt.truncatedTo(ChronoUnit.MILLIS);
        // refuse bad values before the TSA and the hub sign anything
        Receipt.checkPacketFields(packetId, manifestDigest, sourceNode, resourceCode, sequence, recordCount, received);
        String token = Base64.getEncoder().encodeToString(tsa.stamp(HexFormat.of().parseHex(manifestDigest)));
        byte[] signed = Receipt.signedBytes(Receipt.SCHEMA_VERSION, packetId, manifestDigest, sourceNode, resourceCode,
                sequence, recordCount, received, Receipt.ACCEPTED, token);
        String signature = Base64.getEncoder().encodeToString(signingKey.sign(signed));
        return new Receipt(Receipt.SCHEMA_VERSION, packetId, manifestDigest, sourceNode, resourceCode, sequence,
                recordCount, received, Receipt.ACCEPTED, token, signature);
    }
}
