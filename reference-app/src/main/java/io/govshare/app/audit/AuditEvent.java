package io.govshare.app.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** One state change: who did what to which object, when, and the object before and after (as JSON). */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** UTC. */
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** User name, "system" for the platform itself, "anonymous" for a request without a valid token. */
    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    /** The actor's roles at the time, comma-separated, sorted. */
    @Column(name = "actor_roles", nullable = false, length = 255)
    private String actorRoles;

    /** Dotted, from general to specific: {@code user.create}, {@code catalog.transition.APPROVE}. */
    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "target_type", nullable = false, length = 64)
    private String targetType;

    @Column(name = "target_id", length = 255)
    private String targetId;

    @Lob
    @Column(name = "before_json")
    private String beforeJson;

    @Lob
    @Column(name = "after_json")
    private String afterJson;

    /** A reason given by the actor, or a short note of what happened. */
    @Column(name = "detail", length = 2000)
    private String detail;

    /** Place in the hash chain; null until the chainer has reached this event. */
    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(name = "chain_hash", length = 64)
    private String chainHash;

    /** For JPA. */
    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String actorRoles, String action, String targetType,
               String targetId, String beforeJson, String afterJson, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
        this.detail = detail;
    }

    /** Called once, by {@link AuditChainer}. */
    void chain(long sequence, String previousHash, String hash) {
        this.chainSeq = sequence;
        this.prevHash = previousHash;
        this.chainHash = hash;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getChainHash() {
        return chainHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }

    public String getDetail() {
        return detail;
    }
}
