package io.govshare.app.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hub's signature over the chain head at one moment: everything up to chain_seq is fixed from then on. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpointRow {

    @Id
    @Column(name = "chain_seq")
    private long chainSeq;

    @Column(name = "chain_hash", nullable = false, length = 64)
    private String chainHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "signature", nullable = false, length = 400)
    private String signature;

    /** For JPA. */
    protected AuditCheckpointRow() {
    }

    AuditCheckpointRow(long chainSeq, String chainHash, Instant signedAt, String signature) {
        this.chainSeq = chainSeq;
        this.chainHash = chainHash;
        this.signedAt = signedAt;
        this.signature = signature;
    }

    long chainSeq() {
        return chainSeq;
    }

    String chainHash() {
        return chainHash;
    }

    Instant signedAt() {
        return signedAt;
    }

    String signature() {
        return signature;
    }
}
