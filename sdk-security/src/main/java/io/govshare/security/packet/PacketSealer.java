package io.govshare.security.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.govshare.security.identity.CertificateFormatException;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import jakarta.json.JsonObject;

/**
 * Seals packets sent by one node: signs them with the node's key and, if the spec names recipient
 * certificates, encrypts the records for them (sign, then encrypt: the signature covers the ciphertext
 * through the manifest, so anyone can verify the sender without being able to read the records).
 * The packet's crypto profile is the sender's. Thread-safe; each {@link PacketWriter} is not.
 */
public final class PacketSealer {

    private final NodeIdentity sender;

    /**
     * @throws IllegalArgumentException if the sender's certificate is not issued to its node id, which would
     *                                  make every packet it seals fail the receiver's source check
     */
    public PacketSealer(NodeIdentity sender) {
        this.sender = Objects.requireNonNull(sender, "sender");
        String certified;
        try {
            certified = Certificates.nodeId(sender.certificate());
        } catch (CertificateFormatException e) {
            throw new IllegalArgumentException("sender certificate names no node: " + e.getMessage(), e);
        }
        if (!certified.equals(sender.nodeId())) {
            throw new IllegalArgumentException("sender node id '" + sender.nodeId() + "' differs from its certificate's"
                    + " CN '" + certified + "'");
        }
    }

    /**
     * Starts a packet written to {@code out}, which stays open: write the records, then
     * {@link PacketWriter#close()} signs and finishes the packet.
     *
     * @throws IllegalArgumentException if a recipient's certificate key is not on the sender's profile's curve
     */
    public PacketWriter start(OutputStream out, PacketSpec spec) throws IOException {
        return new PacketWriter(out, spec, sender);
    }

    /**
     * Seals {@code records} into a new file {@code target}. If anything fails, the file is deleted, so a
     * file that exists is a complete, signed packet.
     */
    public static SealedPacket seal(NodeIdentity sender, PacketSpec spec, Iterable<JsonObject> records, Path target)
            throws IOException {
        PacketSealer sealer = new PacketSealer(sender);
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            PacketWriter writer = sealer.start(out, spec);
            try {
                for (JsonObject record : records) {
                    writer.write(record);
                }
            } catch (IOException | RuntimeException | Error e) {
                writer.abort();
                throw e;
            }
            writer.close();
            complete = true;
            return writer.result();
        } finally {
            if (!complete) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete the incomplete packet " + target, e);
                }
            }
        }
    }
}
