package io.govshare.app.sharing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department's application to use a shared resource (资源申请), from submission to grant or refusal. */
@Entity
@Table(name = "share_application")
public class ShareApplicationRow {

    /** Where an application stands; the first two are the stages that have a time limit. */
    public enum Status {
        /** Waiting for the platform's conformity review (合规性审核). */
        CONFORMITY_REVIEW,
        /** Conformity passed; waiting for the providing department's reviewer. */
        PROVIDER_REVIEW,
        APPROVED,
        /** Refused by the provider, with reasons. */
        REFUSED,
        /** Refused by the platform's conformity review, with reasons. */
        NONCONFORMING,
        WITHDRAWN;

        public boolean pending() {
            return this == CONFORMITY_REVIEW || this == PROVIDER_REVIEW;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;
    @Column(name = "resource_name", nullable = false, length = 200)
    private String resourceName;
    @Column(name = "provider_department", nullable = false, length = 18)
    private String providerDepartment;
    @Column(name = "consumer_department", nullable = false, length = 18)
    private String consumerDepartment;
    @Column(name = "applicant", nullable = false, length = 64)
    private String applicant;
    @Column(name = "items", nullable = false, length = 4000)
    private String itemsJson;
    @Column(name = "purpose", nullable = false, length = 2000)
    private String purpose;
    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private Status status;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "conformity_by", length = 64)
    private String conformityBy;
    @Column(name = "conformity_at")
    private Instant conformityAt;
    @Column(name = "conformity_note", length = 2000)
    private String conformityNote;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reason", length = 2000)
    private String reason;
    @Column(name = "grant_id")
    private Long grantId;

    /** For JPA. */
    protected ShareApplicationRow() {
    }

    ShareApplicationRow(String resourceCode, String resourceName, String providerDepartment, String consumerDepartment,
                        String applicant, String itemsJson, String purpose, String legalBasis, LocalDate periodFrom,
                        LocalDate periodTo, Instant submittedAt, Instant dueAt) {
        this.resourceCode = resourceCode;
        this.resourceName = resourceName;
        this.providerDepartment = providerDepartment;
        this.consumerDepartment = consumerDepartment;
        this.applicant = applicant;
        this.itemsJson = itemsJson;
        this.purpose = purpose;
        this.legalBasis = legalBasis;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = Status.CONFORMITY_REVIEW;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
    }

    void conformity(Status next, String reviewer, Instant at, String note, Instant nextDueAt) {
        this.status = next;
        this.conformityBy = reviewer;
        this.conformityAt = at;
        this.conformityNote = note;
        this.dueAt = nextDueAt;
        this.remindedAt = null;
    }

    void decide(Status decision, String reviewer, Instant at, String reason, Long grantId) {
        this.status = decision;
        this.decidedBy = reviewer;
        this.decidedAt = at;
        this.reason = reason;
        this.grantId = grantId;
        this.dueAt = null;
    }

    void withdraw(Instant at) {
        this.status = Status.WITHDRAWN;
        this.decidedAt = at;
        this.dueAt = null;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    public Long id() {
        return id;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String resourceName() {
        return resourceName;
    }

    public String providerDepartment() {
        return providerDepartment;
    }

    public String consumerDepartment() {
        return consumerDepartment;
    }

    public String applicant() {
        return applicant;
    }

    public String itemsJson() {
        return itemsJson;
    }

    public String purpose() {
        return purpose;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public Status status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public String conformityBy() {
        return conformityBy;
    }

    public Instant conformityAt() {
        return conformityAt;
    }

    public String conformityNote() {
        return conformityNote;
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

    public Long grantId() {
        return grantId;
    }
}
