package io.govshare.app.catalog;

import io.govshare.catalog.CatalogEntry;
import io.govshare.catalog.CatalogStatus;
import io.govshare.catalog.SurveyCounts;
import io.govshare.catalog.validation.CatalogValidator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The stored form of a catalog entry: its current JSON document plus copies of the fields that filters,
 * duplicate checks and statistics read. {@link CatalogRepository} is the only writer, so the copies always
 * match the document.
 */
@Entity
@Table(name = "catalog_resource")
public class CatalogResourceRow {

    @Id
    @Column(name = "code")
    private String code;
    @Column(name = "name")
    private String name;
    @Column(name = "normalized_name")
    private String normalizedName;
    @Column(name = "kind")
    private String kind;
    @Column(name = "classification_code")
    private String classificationCode;
    @Column(name = "provider_code")
    private String providerCode;
    @Column(name = "provider_name")
    private String providerName;
    @Column(name = "share_type")
    private String shareType;
    @Column(name = "open_type")
    private String openType;
    @Column(name = "format_type")
    private String formatType;
    @Column(name = "update_cycle")
    private String updateCycle;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CatalogStatus status;
    @Column(name = "version")
    private int version;
    @Column(name = "change_seq")
    private long changeSeq;
    @Column(name = "storage_mb")
    private Long storageMb;
    @Column(name = "record_count")
    private Long records;
    @Column(name = "shared_storage_mb")
    private Long sharedStorageMb;
    @Column(name = "shared_records")
    private Long sharedRecords;
    @Column(name = "open_storage_mb")
    private Long openStorageMb;
    @Column(name = "open_records")
    private Long openRecords;
    @Column(name = "document")
    private String document;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected CatalogResourceRow() {
        // for JPA
    }

    CatalogResourceRow(String code, LocalDateTime createdAt, String createdBy) {
        this.code = code;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Makes the row hold this saved version of the entry. A method of the entity on purpose: EclipseLink's woven
     * change tracking sees only changes made inside the entity class, so a field written from outside would be
     * silently left out of the UPDATE.
     */
    void apply(CatalogEntry entry, String document, long changeSeq, String actor, LocalDateTime at) {
        this.name = entry.name();
        this.normalizedName = CatalogValidator.normalizedName(entry.name());
        this.kind = name(entry.kind());
        this.classificationCode = entry.classificationCode();
        this.providerCode = entry.provider() == null ? null : entry.provider().code();
        this.providerName = entry.provider() == null ? null : entry.provider().name();
        this.shareType = entry.share() == null ? null : name(entry.share().type());
        this.openType = entry.open() == null ? null : name(entry.open().type());
        this.formatType = entry.format() == null ? null : name(entry.format().type());
        this.updateCycle = name(entry.updateCycle());
        this.status = entry.status();
        this.version = entry.version();
        SurveyCounts survey = entry.survey();
        this.storageMb = survey == null ? null : survey.storageMb();
        this.records = survey == null ? null : survey.records();
        this.sharedStorageMb = survey == null ? null : survey.sharedStorageMb();
        this.sharedRecords = survey == null ? null : survey.sharedRecords();
        this.openStorageMb = survey == null ? null : survey.openStorageMb();
        this.openRecords = survey == null ? null : survey.openRecords();
        this.document = document;
        this.changeSeq = changeSeq;
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public String code() {
        return code;
    }

    public String document() {
        return document;
    }

    public long changeSeq() {
        return changeSeq;
    }

    public CatalogStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public String providerCode() {
        return providerCode;
    }

    public String providerName() {
        return providerName;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
