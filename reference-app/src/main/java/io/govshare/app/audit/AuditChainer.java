package io.govshare.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import io.govshare.app.platform.keys.HubKeys;
import io.govshare.security.audit.AuditChain;
import io.govshare.security.audit.AuditCheckpoint;
import io.govshare.security.audit.AuditEntry;

/**
 * Links audit events into one hash chain (the SDK's {@link AuditChain}) and has the hub sign the chain head
 * periodically. Events are written by any transaction; this runs after they commit, taking them in id order as
 * they become visible, so the chain has no gaps even when transactions commit out of order. Tampering with a
 * chained event, removing one or reordering them breaks the chain at that place; a checkpoint signature fixes
 * everything up to its sequence.
 */
@ApplicationScoped
public class AuditChainer {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    @Inject
    HubKeys keys;

    /** Chains the events written since the last call; returns how many. */
    @Transactional
    public int chainPending() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.CHAIN, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEvent> pending = em.createQuery("SELECT e FROM AuditEvent e WHERE e.chainSeq IS NULL ORDER BY e.id",
                        AuditEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        long sequence = head.lastSeq();
        String hash = head.lastHash();
        for (AuditEvent event : pending) {
            sequence++;
            String next = AuditChain.link(keys.hub().profile(), hash, eventJson(event));
            event.chain(sequence, hash, next);
            hash = next;
        }
        head.advance(sequence, hash);
        return pending.size();
    }

    /** Signs the chain head if it moved since the last checkpoint. */
    @Transactional
    public Optional<AuditCheckpoint> checkpoint() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.CHAIN, LockModeType.PESSIMISTIC_WRITE);
        if (head.lastSeq() == 0 || em.find(AuditCheckpointRow.class, head.lastSeq()) != null) {
            return Optional.empty();
        }
        AuditCheckpoint signed = AuditCheckpoint.sign(keys.hub(), head.lastSeq(), head.lastHash(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(new AuditCheckpointRow(signed.sequence(), signed.hash(), signed.signedAt(), signed.signature()));
        return Optional.of(signed);
    }

    /**
     * The chain places [first, last] of the events whose time is in [from, to), with last extended to the first
     * checkpoint at or after it, so that every exported entry is covered by a signature; empty if none.
     */
    @Transactional
    public Optional<long[]> range(Instant from, Instant to) {
        Object[] bounds = em.createQuery("SELECT MIN(e.chainSeq), MAX(e.chainSeq) FROM AuditEvent e "
                        + "WHERE e.chainSeq IS NOT NULL AND e.occurredAt >= :f AND e.occurredAt < :t", Object[].class)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
        if (bounds == null || bounds[0] == null) {
            return Optional.empty();
        }
        long first = ((Number) bounds[0]).longValue();
        long last = ((Number) bounds[1]).longValue();
        Long anchor = em.createQuery("SELECT MIN(c.chainSeq) FROM AuditCheckpointRow c WHERE c.chainSeq >= :b",
                        Long.class)
                .setParameter("b", last)
                .getSingleResult();
        return Optional.of(new long[] {first, anchor == null ? last : anchor});
    }

    /** The chained entries at places [first, last], in chain order. */
    @Transactional
    public List<AuditEntry> entries(long first, long last) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.chainSeq >= :a AND e.chainSeq <= :b "
                        + "ORDER BY e.chainSeq", AuditEvent.class)
                .setParameter("a", first)
                .setParameter("b", last)
                .getResultList().stream()
                .map(e -> new AuditEntry(e.getChainSeq(), e.getPrevHash(), e.getChainHash(), eventJson(e)))
                .toList();
    }

    /** The checkpoints at places [first, last]. */
    @Transactional
    public List<AuditCheckpoint> checkpoints(long first, long last) {
        return em.createQuery("SELECT c FROM AuditCheckpointRow c WHERE c.chainSeq >= :a AND c.chainSeq <= :b "
                        + "ORDER BY c.chainSeq", AuditCheckpointRow.class)
                .setParameter("a", first)
                .setParameter("b", last)
                .getResultList().stream().map(AuditChainer::checkpoint).toList();
    }

    private static AuditCheckpoint checkpoint(AuditCheckpointRow row) {
        return new AuditCheckpoint(row.chainSeq(), row.chainHash(), row.signedAt(), row.signature());
    }

    /** The hashed form of an event: every column, nulls included, times as UTC ISO-8601. */
    static JsonObject eventJson(AuditEvent e) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", e.getId())
                .add("occurredAt", e.getOccurredAt().toString())
                .add("actor", e.getActor())
                .add("actorRoles", e.getActorRoles())
                .add("action", e.getAction())
                .add("targetType", e.getTargetType());
        nullable(json, "targetId", e.getTargetId());
        nullable(json, "before", e.getBeforeJson());
        nullable(json, "after", e.getAfterJson());
        nullable(json, "detail", e.getDetail());
        return json.build();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
