package io.govshare.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of the audit hash chain; its row lock serialises chaining. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final String CHAIN = "chain";

    @Id
    @Column(name = "name", length = 16)
    private String name;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /** For JPA. */
    protected AuditChainHead() {
    }

    void advance(long sequence, String hash) {
        this.lastSeq = sequence;
        this.lastHash = hash;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }
}
