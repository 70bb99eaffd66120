package io.govshare.app.opendata.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An API key of a registered public user. Only its SM3 hash is kept; a key issued on an approved application waits
 * in {@code pendingSecret} until its owner collects it once, and is then forgotten by the platform.
 */
@Entity
@Table(name = "open_api_key")
public class OpenApiKeyRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "owner", nullable = false, length = 64)
    private String owner;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "pending_secret", length = 100)
    private String pendingSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** For JPA. */
    protected OpenApiKeyRow() {
    }

    OpenApiKeyRow(String keyHash, String keyPrefix, String owner, Long applicationId, String pendingSecret,
                  Instant createdAt) {
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.owner = owner;
        this.applicationId = applicationId;
        this.pendingSecret = pendingSecret;
        this.createdAt = createdAt;
    }

    /** Hands out the waiting secret once. */
    String collectPendingSecret() {
        String secret = pendingSecret;
        pendingSecret = null;
        return secret;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long id() {
        return id;
    }

    public String keyHash() {
        return keyHash;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String owner() {
        return owner;
    }

    public Long applicationId() {
        return applicationId;
    }

    public boolean hasPendingSecret() {
        return pendingSecret != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
