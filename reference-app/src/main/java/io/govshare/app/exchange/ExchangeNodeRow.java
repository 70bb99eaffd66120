package io.govshare.app.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A department's exchange node (前置机) as the hub knows it: its certificate request, and once approved its
 * certificate. Changed only through its methods, which keep status and timestamps consistent.
 */
@Entity
@Table(name = "exchange_node")
public class ExchangeNodeRow {

    @Id
    @Column(name = "node_id", length = 64)
    private String nodeId;

    @Column(name = "department_code", nullable = false, length = 18)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NodeStatus status;

    @Column(name = "crypto_profile", nullable = false, length = 8)
    private String cryptoProfile;

    @Lob
    @Column(name = "csr_pem", nullable = false)
    private String csrPem;

    @Lob
    @Column(name = "certificate_pem")
    private String certificatePem;

    @Column(name = "certificate_serial", length = 64)
    private String certificateSerial;

    @Column(name = "push_url", length = 500)
    private String pushUrl;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    /** For JPA. */
    protected ExchangeNodeRow() {
    }

    ExchangeNodeRow(String nodeId, String departmentCode, String cryptoProfile, String csrPem, String pushUrl,
                    String requestedBy, Instant requestedAt) {
        this.nodeId = nodeId;
        this.departmentCode = departmentCode;
        this.status = NodeStatus.PENDING;
        this.cryptoProfile = cryptoProfile;
        this.csrPem = csrPem;
        this.pushUrl = pushUrl;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void approve(String certificatePem, String serialHex, String by, Instant at) {
        this.status = NodeStatus.ACTIVE;
        this.certificatePem = certificatePem;
        this.certificateSerial = serialHex;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void reject(String reason, String by, Instant at) {
        this.status = NodeStatus.REJECTED;
        this.statusReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void revoke(String reason, Instant at) {
        this.status = NodeStatus.REVOKED;
        this.statusReason = reason;
        this.revokedAt = at;
    }

    void changePushUrl(String pushUrl) {
        this.pushUrl = pushUrl;
    }

    public String nodeId() {
        return nodeId;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public NodeStatus status() {
        return status;
    }

    public String cryptoProfile() {
        return cryptoProfile;
    }

    public String csrPem() {
        return csrPem;
    }

    public String certificatePem() {
        return certificatePem;
    }

    public String certificateSerial() {
        return certificateSerial;
    }

    public String pushUrl() {
        return pushUrl;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String statusReason() {
        return statusReason;
    }
}
