package io.govshare.app.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A submission the hub refused, for the failure list: what was sent (as far as it could be read) and why. */
@Entity
@Table(name = "exchange_rejection")
public class ExchangeRejectionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "packet_id", length = 64)
    private String packetId;

    @Column(name = "source_node", length = 64)
    private String sourceNode;

    @Column(name = "resource_code", length = 64)
    private String resourceCode;

    @Column(name = "reason", nullable = false, length = 64)
    private String reason;

    @Column(name = "message", nullable = false, length = 2000)
    private String message;

    /** For JPA. */
    protected ExchangeRejectionRow() {
    }

    ExchangeRejectionRow(Instant rejectedAt, String actor, String packetId, String sourceNode, String resourceCode,
                         String reason, String message) {
        this.rejectedAt = rejectedAt;
        this.actor = actor;
        this.packetId = cut(packetId, 64);
        this.sourceNode = cut(sourceNode, 64);
        this.resourceCode = cut(resourceCode, 64);
        this.reason = cut(reason, 64);
        this.message = cut(message, 2000);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public String actor() {
        return actor;
    }

    public String packetId() {
        return packetId;
    }

    public String sourceNode() {
        return sourceNode;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String reason() {
        return reason;
    }

    public String message() {
        return message;
    }
}
