package io.govshare.security.packet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;

import io.govshare.exchange.internal.PacketContainerWriter;
import io.govshare.exchange.PacketEntries;
import io.govshare.exchange.PacketHeader;
import io.govshare.exchange.PacketManifest;
import io.govshare.exchange.internal.RecipientKey;
import io.govshare.exchange.internal.RecordLineWriter;
import io.govshare.security.crypto.CryptoException;
import io.govshare.security.crypto.CryptoProfile;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.NodeIdentity;
import jakarta.json.JsonObject;

/**
 * One packet being sealed. The records stream straight into the ZIP (encrypted on the way if the packet
 * is); {@link #close()} then writes the header with the real record count, the wrapped keys, the signer's
 * certificate, the manifest and its signature. Memory use does not depend on the number of records.
 *
 * <p>Entry order: records, header.json, recipients.json, signer.pem, manifest.json, manifest.sig.
 *
 * <p>{@code close()} signs whatever was written. If the record source fails, call {@link #abort()} (or let a
 * failed {@link #write} do it) so that no signed partial packet is produced: a partial FULL packet would
 * make the receiver drop everything that was not in it. Not thread-safe.
 */
public final class PacketWriter implements Closeable {

    private final NodeIdentity sender;
    private final CryptoProfile profile;
    private final PacketContainerWriter container;
    private final RecordLineWriter records;
    private final List<RecipientKey> recipientKeys;
    private PacketHeader header;
    private SealedPacket result;
    private boolean aborted;
    private boolean closed;

    PacketWriter(OutputStream out, PacketSpec spec, NodeIdentity sender) throws IOException {
        this.sender = sender;
        this.profile = sender.profile();
        this.header = new PacketHeader(spec.packetId(), spec.resourceCode(), sender.nodeId(), spec.recipients(),
                spec.sequence(), spec.createdAt(), spec.operation(), 0, profile.name(), spec.encrypted(), spec.origin());
        this.container = new PacketContainerWriter(out, spec.packetId(), PacketProfiles.digestAlgorithm(profile),
                profile::newDigest, spec.createdAt());
        if (spec.encrypted()) {
            SecretKey contentKey = profile.generateContentKey();
            this.recipientKeys = wrap(contentKey, spec.recipientCertificates());
            byte[] iv = profile.generateIv();
            OutputStream entry = container.openEntry(PacketEntries.RECORDS_ENCRYPTED);
            entry.write(iv);
            // The AAD is the packet id: the header's record count is known only at the end, and the signed
            // manifest binds header and ciphertext together anyway (SPEC.md §6).
            this.records = new RecordLineWriter(profile.encryptingStream(entry, contentKey, iv,
                    spec.packetId().value().getBytes(StandardCharsets.UTF_8)));
        } else {
            this.recipientKeys = List.of();
            this.records = new RecordLineWriter(container.openEntry(PacketEntries.RECORDS));
        }
    }

    private List<RecipientKey> wrap(SecretKey contentKey, Map<String, X509Certificate> certificates) {
        List<RecipientKey> keys = new ArrayList<>();
        for (Map.Entry<String, X509Certificate> recipient : certificates.entrySet()) {
            byte[] wrapped;
            try {
                wrapped = profile.wrapKey(recipient.getValue().getPublicKey(), contentKey);
            } catch (CryptoException e) {
                throw new IllegalArgumentException("cannot wrap the content key for recipient '" + recipient.getKey()
                        + "' with profile " + profile.name() + ": " + e.getMessage(), e);
            }
            keys.add(new RecipientKey(recipient.getKey(), Certificates.serialHex(recipient.getValue()), wrapped));
        }
        return keys;
    }

    /** Appends one record. A failure aborts the packet. */
    public void write(JsonObject record) throws IOException {
        if (closed || aborted) {
            throw new IllegalStateException("the packet is " + (aborted ? "aborted" : "closed") + "; no more records");
        }
        try {
            records.write(record);
        } catch (IOException | RuntimeException e) {
            aborted = true;
            throw e;
        }
    }

    /** The number of records written so far. */
    public long count() {
        return records.count();
    }

    /** Gives the packet up: {@link #close()} will then sign nothing, and the output is no packet. */
    public void abort() {
        aborted = true;
    }

    /**
     * Finishes and signs the packet, unless it was aborted. The output stream stays open.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (aborted) {
            return;
        }
        boolean finished = false;
        try {
            records.close();
            header = header.withRecordCount(records.count());
            container.putEntry(PacketEntries.HEADER, header.toJson());
            if (header.encrypted()) {
                container.putEntry(PacketEntries.RECIPIENTS, RecipientKey.toJson(recipientKeys));
            }
            container.putEntry(PacketEntries.SIGNER,
                    Certificates.toPem(sender.certificate()).getBytes(StandardCharsets.US_ASCII));
            PacketManifest manifest = container.manifest();
            byte[] manifestJson = manifest.toJson();
            container.finish(manifestJson, profile.sign(sender.privateKey(), manifestJson));
            result = new SealedPacket(header, HexFormat.of().formatHex(profile.digest(manifestJson)));
            finished = true;
        } finally {
            aborted = !finished;
        }
    }

    /**
     * The sealed packet's header and manifest digest.
     *
     * @throws IllegalStateException before {@link #close()}, or if the packet was aborted
     */
    public SealedPacket result() {
        if (result == null) {
            throw new IllegalStateException(aborted ? "the packet was aborted and not signed"
                    : "the packet is not finished; close the writer first");
        }
        return result;
    }
}
