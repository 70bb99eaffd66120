package io.govshare.app.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.govshare.catalog.CatalogStatus;

import java.time.LocalDateTime;

/** One saved version of an entry: what it looked like, which action made it, who and why. Never updated. */
@Entity
@Table(name = "catalog_resource_version")
public class CatalogVersionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "code")
    private String code;
    @Column(name = "version")
    private int version;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CatalogStatus status;
    @Column(name = "action")
    private String action;
    @Column(name = "reason")
    private String reason;
    @Column(name = "document")
    private String document;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected CatalogVersionRow() {
        // for JPA
    }

    CatalogVersionRow(CatalogResourceRow row, String action, String reason, String changedBy) {
        this.code = row.code();
        this.version = row.version();
        this.status = row.status();
        this.action = action;
        this.reason = reason;
        this.document = row.document();
        this.changedBy = changedBy;
        this.changedAt = row.updatedAt();
    }

    VersionView view() {
        return new VersionView(version, status.name(), action, reason, changedBy, changedAt, document);
    }

    String changedBy() {
        return changedBy;
    }
}
