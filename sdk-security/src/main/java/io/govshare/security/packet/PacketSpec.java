package io.govshare.security.packet;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.govshare.catalog.ResourceCode;
import io.govshare.exchange.PacketId;
import io.govshare.exchange.PacketOperation;
import io.govshare.exchange.PacketOrigin;
import io.govshare.security.identity.CertificateFormatException;
import io.govshare.security.identity.Certificates;

/**
 * What a packet is to be: resource, operation, sequence, id, time, recipients, and for a hub delivery its
 * origin. The sealer adds what only it knows (source node, crypto profile, record count).
 *
 * <p>Recipients are either all named by node id only (a plaintext packet) or all with their certificate (an
 * encrypted packet, the content key wrapped for each certificate's key). Immutable.
 */
public final class PacketSpec {

    private final ResourceCode resourceCode;
    private final PacketOperation operation;
    private final long sequence;
    private final PacketId packetId;
    private final Instant createdAt;
    private final Map<String, X509Certificate> recipients;
    private final boolean encrypted;
    private final PacketOrigin origin;

    private PacketSpec(Builder builder) {
        this.resourceCode = builder.resourceCode;
        this.operation = builder.operation;
        this.sequence = builder.sequence;
        this.packetId = builder.packetId != null ? builder.packetId : PacketId.random();
        this.createdAt = builder.createdAt != null ? builder.createdAt : Instant.now().truncatedTo(ChronoUnit.MILLIS);
        this.recipients = Collections.unmodifiableMap(new LinkedHashMap<>(builder.recipients));
        this.encrypted = Boolean.TRUE.equals(builder.encrypted);
        this.origin = builder.origin;
    }

    /** A builder for a packet of {@code resourceCode}'s records sent with {@code operation}. */
    public static Builder builder(ResourceCode resourceCode, PacketOperation operation) {
        return new Builder(resourceCode, operation);
    }

    /** The catalog resource the records belong to. */
    public ResourceCode resourceCode() {
        return resourceCode;
    }

    /** What the records do to the receiver's copy. */
    public PacketOperation operation() {
        return operation;
    }

    /** The packet's sequence for its resource and source. */
    public long sequence() {
        return sequence;
    }

    /** The packet's id. */
    public PacketId packetId() {
        return packetId;
    }

    /** When the packet was made. */
    public Instant createdAt() {
        return createdAt;
    }

    /** The recipients' node ids, in the order added. */
    public List<String> recipients() {
        return List.copyOf(recipients.keySet());
    }

    /** For an encrypted packet, each recipient's certificate by node id; empty for a plaintext packet. */
    public Map<String, X509Certificate> recipientCertificates() {
        return encrypted ? recipients : Map.of();
    }

    /** Whether the records are encrypted for the recipients. */
    public boolean encrypted() {
        return encrypted;
    }

    /** The submission a hub delivery was made from, or null. */
    public PacketOrigin origin() {
        return origin;
    }

    /** Builds a {@link PacketSpec}; the resource code and the operation are given up front. */
    public static final class Builder {
        private final ResourceCode resourceCode;
        private final PacketOperation operation;
        private long sequence;
        private PacketId packetId;
        private Instant createdAt;
        private final Map<String, X509Certificate> recipients = new LinkedHashMap<>();
        private Boolean encrypted;
        private PacketOrigin origin;

        private Builder(ResourceCode resourceCode, PacketOperation operation) {
            this.resourceCode = Objects.requireNonNull(resourceCode, "resourceCode");
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /** Required: strictly increasing per (source node, resource); at least 1. */
        public Builder sequence(long sequence) {
            if (sequence < 1) {
                throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
            }
            this.sequence = sequence;
            return this;
        }

        /** Defaults to a random UUID. Keep the id when retrying a submission, so the hub answers with its receipt. */
        public Builder packetId(PacketId packetId) {
            this.packetId = Objects.requireNonNull(packetId, "packetId");
            return this;
        }

        /** Defaults to now. */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /** A recipient of a plaintext packet. */
        public Builder recipient(String nodeId) {
            return add(nodeId, null, false);
        }

        /**
         * A recipient of an encrypted packet: the content key is wrapped for {@code certificate}'s key.
         *
         * @throws IllegalArgumentException if the certificate is not issued to {@code nodeId} (its CN)
         */
        public Builder recipient(String nodeId, X509Certificate certificate) {
            Objects.requireNonNull(certificate, "certificate of recipient " + nodeId);
            String certified;
            try {
                certified = Certificates.nodeId(certificate);
            } catch (CertificateFormatException e) {
                throw new IllegalArgumentException("certificate of recipient '" + nodeId + "' names no node: "
                        + e.getMessage(), e);
            }
            if (!certified.equals(nodeId)) {
                throw new IllegalArgumentException("certificate given for recipient '" + nodeId + "' is issued to '"
                        + certified + "'");
            }
            return add(nodeId, certificate, true);
        }

        private Builder add(String nodeId, X509Certificate certificate, boolean withCertificate) {
            if (nodeId == null || nodeId.isEmpty() || nodeId.length() > 128) {
                throw new IllegalArgumentException("recipient must be a node id of 1 to 128 characters, got "
                        + (nodeId == null ? "null" : "'" + nodeId + "'"));
            }
            if (encrypted != null && encrypted != withCertificate) {
                throw new IllegalArgumentException("recipient '" + nodeId + "' is given " + (withCertificate
                        ? "with a certificate but earlier ones without: a packet is encrypted for all its recipients"
                        + " or for none" : "without a certificate but earlier ones with: a packet is encrypted for all"
                        + " its recipients or for none"));
            }
            if (recipients.containsKey(nodeId)) {
                throw new IllegalArgumentException("recipient '" + nodeId + "' is given twice");
            }
            encrypted = withCertificate;
            recipients.put(nodeId, certificate);
            return this;
        }

        /** Only for a hub delivery: the submission it was made from. */
        public Builder origin(PacketOrigin origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }

        /** @throws IllegalStateException if the sequence or every recipient is missing */
        public PacketSpec build() {
            List<String> missing = new ArrayList<>();
            if (sequence == 0) {
                missing.add("sequence");
            }
            if (recipients.isEmpty()) {
                missing.add("at least one recipient");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a packet spec needs " + String.join(" and ", missing));
            }
            return new PacketSpec(this);
        }
    }
}
