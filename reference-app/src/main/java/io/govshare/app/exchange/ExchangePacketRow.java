package io.govshare.app.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A submission the hub accepted, with the receipt it answered. Written once, in the transaction that makes the
 * receipt valid; only {@code routed} changes later, when its deliveries exist.
 */
@Entity
@Table(name = "exchange_packet")
public class ExchangePacketRow {

    @Id
    @Column(name = "packet_id", length = 64)
    private String packetId;

    @Column(name = "source_node", nullable = false, length = 64)
    private String sourceNode;

    @Column(name = "department_code", nullable = false, length = 18)
    private String departmentCode;

    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;

    @Column(name = "sequence_no", nullable = false)
    private long sequence;

    @Column(name = "operation", nullable = false, length = 16)
    private String operation;

    @Column(name = "record_count", nullable = false)
    private long recordCount;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "manifest_digest", nullable = false, length = 64)
    private String manifestDigest;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Lob
    @Column(name = "receipt_json", nullable = false)
    private String receiptJson;

    @Column(name = "routed", nullable = false)
    private boolean routed;

    /** For JPA. */
    protected ExchangePacketRow() {
    }

    ExchangePacketRow(String packetId, String sourceNode, String departmentCode, String resourceCode, long sequence,
                      String operation, long recordCount, long byteSize, String manifestDigest, Instant receivedAt,
                      String receiptJson) {
        this.packetId = packetId;
        this.sourceNode = sourceNode;
        this.departmentCode = departmentCode;
        this.resourceCode = resourceCode;
        this.sequence = sequence;
        this.operation = operation;
        this.recordCount = recordCount;
        this.byteSize = byteSize;
        this.manifestDigest = manifestDigest;
        this.receivedAt = receivedAt;
        this.receiptJson = receiptJson;
        this.routed = false;
    }

    void markRouted() {
        this.routed = true;
    }

    public String packetId() {
        return packetId;
    }

    public String sourceNode() {
        return sourceNode;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public long sequence() {
        return sequence;
    }

    public String operation() {
        return operation;
    }

    public long recordCount() {
        return recordCount;
    }

    public long byteSize() {
        return byteSize;
    }

    public String manifestDigest() {
        return manifestDigest;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receiptJson() {
        return receiptJson;
    }

    public boolean routed() {
        return routed;
    }
}
