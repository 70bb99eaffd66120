package io.govshare.app.sharing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consumer department's subscription to the deliveries an approved application grants. */
@Entity
@Table(name = "share_subscription")
public class ShareSubscriptionRow {

    public enum Status { ACTIVE, PAUSED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "consumer_department", nullable = false, length = 18)
    private String consumerDepartment;
    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "paused_at")
    private Instant pausedAt;

    /** For JPA. */
    protected ShareSubscriptionRow() {
    }

    ShareSubscriptionRow(Long applicationId, String consumerDepartment, String resourceCode, String createdBy,
                         Instant createdAt) {
        this.applicationId = applicationId;
        this.consumerDepartment = consumerDepartment;
        this.resourceCode = resourceCode;
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changedAt = createdAt;
    }

    void change(Status next, Instant at) {
        this.status = next;
        this.changedAt = at;
        this.pausedAt = next == Status.PAUSED ? at : null;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public String consumerDepartment() {
        return consumerDepartment;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }
}
