package io.govshare.app.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One packet in one consumer node's inbox: the granted items of a submission, re-sealed by the hub for that
 * node. Its id is the inbox cursor. Push state: NONE (pull only), PENDING, DELIVERED, DEAD (retries used up).
 */
@Entity
@Table(name = "exchange_delivery")
public class DeliveryRow {

    /** Where a push delivery stands; pull-only deliveries stay {@code NONE}. */
    public enum PushState { NONE, PENDING, DELIVERED, DEAD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_id", nullable = false, length = 64)
    private String nodeId;

    @Column(name = "packet_id", nullable = false, length = 64)
    private String packetId;

    @Column(name = "source_packet_id", nullable = false, length = 64)
    private String sourcePacketId;

    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;

    @Column(name = "record_count", nullable = false)
    private long recordCount;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acked_at")
    private Instant ackedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "push_state", nullable = false, length = 16)
    private PushState pushState;

    @Column(name = "push_attempts", nullable = false)
    private int pushAttempts;

    @Column(name = "next_push_at")
    private Instant nextPushAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    /** For JPA. */
    protected DeliveryRow() {
    }

    DeliveryRow(String nodeId, String packetId, String sourcePacketId, String resourceCode, long recordCount,
                long byteSize, Instant createdAt, boolean push) {
        this.nodeId = nodeId;
        this.packetId = packetId;
        this.sourcePacketId = sourcePacketId;
        this.resourceCode = resourceCode;
        this.recordCount = recordCount;
        this.byteSize = byteSize;
        this.createdAt = createdAt;
        this.pushState = push ? PushState.PENDING : PushState.NONE;
        this.nextPushAt = push ? createdAt : null;
    }

    void ack(Instant at) {
        if (ackedAt == null) {
            ackedAt = at;
        }
        if (pushState == PushState.PENDING) {
            // the node has it: no further pushes
            pushState = PushState.DELIVERED;
            nextPushAt = null;
        }
    }

    void pushed(Instant at) {
        pushAttempts++;
        pushState = PushState.DELIVERED;
        nextPushAt = null;
        lastError = null;
        if (ackedAt == null) {
            ackedAt = at;
        }
    }

    void pushFailed(String error, Instant nextAttempt) {
        pushAttempts++;
        lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        if (nextAttempt == null) {
            pushState = PushState.DEAD;
            nextPushAt = null;
        } else {
            nextPushAt = nextAttempt;
        }
    }

    void retryPush(Instant at) {
        pushState = PushState.PENDING;
        pushAttempts = 0;
        nextPushAt = at;
    }

    public Long id() {
        return id;
    }

    public String nodeId() {
        return nodeId;
    }

    public String packetId() {
        return packetId;
    }

    public String sourcePacketId() {
        return sourcePacketId;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public long recordCount() {
        return recordCount;
    }

    public long byteSize() {
        return byteSize;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant ackedAt() {
        return ackedAt;
    }

    public PushState pushState() {
        return pushState;
    }

    public int pushAttempts() {
        return pushAttempts;
    }

    public Instant nextPushAt() {
        return nextPushAt;
    }

    public String lastError() {
        return lastError;
    }
}
