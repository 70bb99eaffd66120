package io.govshare.security.packet;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.SecretKey;

import io.govshare.exchange.internal.RecipientKey;
import io.govshare.security.crypto.CryptoException;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import io.govshare.security.identity.TrustStore;

/**
 * Opens packets addressed to one node, checking in this order and stopping at the first failure:
 * <ol>
 * <li>the container (a well-formed ZIP with only safe, known, unique entry names);</li>
 * <li>the manifest and its signature by the key of {@code signer.pem};</li>
 * <li>the signer's certificate against the trust store at the instant given;</li>
 * <li>the size and digest of every entry against the manifest, one streaming pass;</li>
 * <li>the header against the manifest, the container and the signer (its sourceNode is the signer's CN);</li>
 * <li>for an encrypted packet and an opener with an identity: the content key wrapped for this node.</li>
 * </ol>
 * Records are read (and decrypted) only afterwards and lazily, from {@link OpenedPacket#records()}: nothing
 * of their content is handed out before the signature and digests were verified.
 *
 * <p>Replays are not this class's business: pass the header to a {@link ReplayGuard}. Thread-safe.
 */
public final class PacketOpener {

    private final NodeIdentity recipient;
    private final TrustStore trust;

    /**
     * @param recipientOrNull the opening node's identity, needed to decrypt; null to open (and read only
     *                        plaintext packets' records) without a key
     */
    public PacketOpener(NodeIdentity recipientOrNull, TrustStore trust) {
        this.recipient = recipientOrNull;
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /**
     * Opens and verifies {@code packet}; the caller closes the result.
     *
     * @param at the instant at which the signer's certificate must be valid (usually now, or when received)
     * @throws MalformedPacketException    for a container, header or manifest-listing failure
     * @throws SignatureInvalidException   if the signature does not verify
     * @throws SignerNotTrustedException   if the signer is untrusted, expired, not yet valid or revoked at {@code at}
     * @throws DigestMismatchException     if an entry differs from the manifest
     * @throws DecryptionFailedException   if the packet is encrypted and this node cannot unwrap its key
     */
    public OpenedPacket open(Path packet, Instant at) {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(at, "at");
        PacketInspection inspection = PacketInspection.open(packet);
        try {
            inspection.readManifest();
            inspection.readSigner();
            inspection.verifySignature();
            inspection.checkSigner(trust, at);
            inspection.verifyDigests();
            inspection.readHeader();
            inspection.checkHeader();
            SecretKey contentKey = inspection.header.encrypted() && recipient != null ? unwrap(inspection) : null;
            return new OpenedPacket(inspection, contentKey, recipient != null);
        } catch (RuntimeException | Error e) {
            inspection.close();
            throw e;
        }
    }

    private SecretKey unwrap(PacketInspection inspection) {
        String packetId = inspection.header.packetId().value();
        RecipientKey key = inspection.recipientKeys.stream().filter(k -> k.node().equals(recipient.nodeId()))
                .findFirst().orElseThrow(() -> new DecryptionFailedException("node '" + recipient.nodeId()
                        + "' is not a recipient of packet " + packetId + " (recipients: "
                        + inspection.header.recipients() + ")", null));
        String ownSerial = Certificates.serialHex(recipient.certificate());
        if (!key.certificateSerial().equals(ownSerial)) {
            throw new DecryptionFailedException("packet " + packetId + " wraps the key of node '" + recipient.nodeId()
                    + "' for certificate serial " + key.certificateSerial() + ", but this node's certificate has serial "
                    + ownSerial, null);
        }
        if (!recipient.profile().name().equals(inspection.profile.name())) {
            throw new DecryptionFailedException("packet " + packetId + " uses profile " + inspection.profile.name()
                    + " but node '" + recipient.nodeId() + "' has a " + recipient.profile().name() + " key", null);
        }
        try {
            return inspection.profile.unwrapKey(recipient.privateKey(), key.wrappedKey());
        } catch (CryptoException e) {
            throw new DecryptionFailedException("the content key of packet " + packetId + " does not unwrap with the"
                    + " key of node '" + recipient.nodeId() + "': " + e.getMessage(), e);
        }
    }
}
