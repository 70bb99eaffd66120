package io.govshare.app.opendata.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resource's release policy as its provider saved it: masking rules per data item and the quasi-identifiers. */
@Entity
@Table(name = "open_policy")
public class OpenPolicyRow {

    @Id
    @Column(name = "resource_code", length = 64)
    private String resourceCode;

    @Lob
    @Column(name = "policy", nullable = false)
    private String policyJson;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For JPA. */
    protected OpenPolicyRow() {
    }

    OpenPolicyRow(String resourceCode, String policyJson, String updatedBy, Instant updatedAt) {
        this.resourceCode = resourceCode;
        change(policyJson, updatedBy, updatedAt);
    }

    void change(String policyJson, String updatedBy, Instant updatedAt) {
        this.policyJson = policyJson;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public String policyJson() {
        return policyJson;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
