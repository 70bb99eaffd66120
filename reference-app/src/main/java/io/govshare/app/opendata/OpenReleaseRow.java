package io.govshare.app.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One run of the release pipeline. A PUBLISHED release has a version (1, 2, … per resource) and files; a BLOCKED
 * one has neither, but keeps its report so the provider can see why it was not published.
 */
@Entity
@Table(name = "open_release")
public class OpenReleaseRow {

    public enum Status { PUBLISHED, BLOCKED }

    /** Where the records came from. */
    public enum Source { UPLOAD, EXCHANGE, DEMO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_code", nullable = false, length = 64)
    private String resourceCode;

    @Column(name = "version")
    private Integer version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private Source source;

    @Column(name = "record_count", nullable = false)
    private long recordCount;

    @Lob
    @Column(name = "policy", nullable = false)
    private String policyJson;

    @Lob
    @Column(name = "report", nullable = false)
    private String reportJson;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected OpenReleaseRow() {
    }

    /** A release as the pipeline decided it: published with a version, or blocked without one. */
    public OpenReleaseRow(String resourceCode, Integer version, Status status, Source source, long recordCount,
                   String policyJson, String reportJson, String createdBy, Instant createdAt) {
        this.resourceCode = resourceCode;
        this.version = version;
        this.status = status;
        this.source = source;
        this.recordCount = recordCount;
        this.policyJson = policyJson;
        this.reportJson = reportJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public Integer version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public Source source() {
        return source;
    }

    public long recordCount() {
        return recordCount;
    }

    public String policyJson() {
        return policyJson;
    }

    public String reportJson() {
        return reportJson;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
