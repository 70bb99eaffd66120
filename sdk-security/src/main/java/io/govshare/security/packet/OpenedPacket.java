package io.govshare.security.packet;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import javax.crypto.SecretKey;

import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.PacketManifest;
import io.govshare.exchange.RecordRules;
import io.govshare.verification.Reason;

/**
 * A packet whose container, signature, signer and digests were verified. It keeps the packet file open
 * for {@link #records()}; close it when done. The file must not change while it is open.
 */
public final class OpenedPacket implements AutoCloseable {

    private final PacketInspection inspection;
    private final SecretKey contentKey;
    private final boolean hasIdentity;
    private final String manifestDigestHex;

    OpenedPacket(PacketInspection inspection, SecretKey contentKey, boolean hasIdentity) {
        this.inspection = inspection;
        this.contentKey = contentKey;
        this.hasIdentity = hasIdentity;
        this.manifestDigestHex = inspection.manifestDigestHex();
    }

    /** The packet's header, verified. */
    public PacketHeader header() {
        return inspection.header;
    }

    /** The packet's manifest, verified. */
    public PacketManifest manifest() {
        return inspection.manifest;
    }

    /** The digest of the exact manifest.json bytes under the packet's profile: what a receipt binds. */
    public String manifestDigestHex() {
        return manifestDigestHex;
    }

    /** The signer's certificate, trusted at the instant of opening. */
    public X509Certificate signerCertificate() {
        return inspection.signer;
    }

    /**
     * The records, read and decrypted as they are iterated. See {@link RecordStream} for when they are final.
     *
     * @throws DecryptionFailedException if the packet is encrypted and this opener has no identity
     */
    public RecordStream records() {
        return records(null);
    }

    /** As {@link #records()}, also checking each record against {@code rules} (the catalog entry's items). */
    public RecordStream records(RecordRules rulesOrNull) {
        PacketHeader header = inspection.header;
        if (header.encrypted() && contentKey == null) {
            throw new DecryptionFailedException(hasIdentity ? "no content key" : "packet " + header.packetId()
                    + " is encrypted and this opener has no node identity to decrypt it with", null);
        }
        InputStream entry;
        try {
            entry = inspection.container.open(inspection.container.recordsEntry());
        } catch (IOException e) {
            throw new MalformedPacketException(Reason.CONTAINER_MALFORMED, "the records entry cannot be read: "
                    + e.getMessage(), e);
        }
        return new RecordStream(entry, inspection.profile, contentKey, header, rulesOrNull);
    }

    @Override
    public void close() {
        inspection.close();
    }
}
