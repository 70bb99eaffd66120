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

/**
 * A missing-resource request (缺失资源/需求申请): a department needs data no catalog entry describes and asks the
 * department it believes holds it. Answered by linking a catalog entry of that department, or refused with a reason.
 */
@Entity
@Table(name = "share_demand")
public class ShareDemandRow {

    public enum Status { OPEN, ANSWERED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "requester", nullable = false, length = 64)
    private String requester;
    @Column(name = "requester_department", nullable = false, length = 18)
    private String requesterDepartment;
    @Column(name = "target_department", nullable = false, length = 18)
    private String targetDepartment;
    @Column(name = "title", nullable = false, length = 200)
    private String title;
    @Column(name = "description", nullable = false, length = 2000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "answered_by", length = 64)
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "resource_code", length = 64)
    private String resourceCode;
    @Column(name = "reason", length = 2000)
    private String reason;

    /** For JPA. */
    protected ShareDemandRow() {
    }

    ShareDemandRow(String requester, String requesterDepartment, String targetDepartment, String title,
                   String description, Instant submittedAt, Instant dueAt) {
        this.requester = requester;
        this.requesterDepartment = requesterDepartment;
        this.targetDepartment = targetDepartment;
        this.title = title;
        this.description = description;
        this.status = Status.OPEN;
        this.submittedAt = submittedAt;
        this.dueAt = dueAt;
    }

    void close(Status outcome, String by, Instant at, String resourceCode, String reason) {
        this.status = outcome;
        this.answeredBy = by;
        this.answeredAt = at;
        this.resourceCode = resourceCode;
        this.reason = reason;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    public Long id() {
        return id;
    }

    public String requester() {
        return requester;
    }

    public String requesterDepartment() {
        return requesterDepartment;
    }

    public String targetDepartment() {
        return targetDepartment;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
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

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String reason() {
        return reason;
    }
}
