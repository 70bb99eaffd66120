package io.govshare.app.opendata.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered public user's application to use a conditionally open (有条件开放) dataset. */
@Entity
@Table(name = "open_application")
public class OpenApplicationRow {

    public enum Status { SUBMITTED, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;

    @Column(name = "applicant", nullable = false, length = 64)
    private String applicant;

    @Column(name = "purpose", nullable = false, length = 2000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reason", length = 2000)
    private String reason;

    /** For JPA. */
    protected OpenApplicationRow() {
    }

    OpenApplicationRow(String resourceCode, String applicant, String purpose, Instant createdAt) {
        this.resourceCode = resourceCode;
        this.applicant = applicant;
        this.purpose = purpose;
        this.status = Status.SUBMITTED;
        this.createdAt = createdAt;
    }

    void decide(Status decision, String decidedBy, Instant decidedAt, String reason) {
        this.status = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reason = reason;
    }

    public Long id() {
        return id;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String applicant() {
        return applicant;
    }

    public String purpose() {
        return purpose;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
