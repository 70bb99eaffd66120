package io.govshare.app.platform.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The outbox tables. Reads join the caller's transaction if there is one; the {@code REQUIRES_NEW} methods run in
 * their own, so creating a stream or an observer row never holds up (or rolls back with) the caller's change.
 */
@ApplicationScoped
class OutboxStore {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    // ---- writing events ------------------------------------------------------------------------------------

    boolean streamExists(String streamKey) {
        return em.createQuery("SELECT COUNT(s) FROM OutboxStreamRow s WHERE s.streamKey = :k", Long.class)
                .setParameter("k", streamKey).getSingleResult() > 0;
    }

    /** Creates the stream row in a transaction of its own; a concurrent creator's row is as good as ours. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void createStream(String streamKey) {
        if (!streamExists(streamKey)) {
            em.persist(new OutboxStreamRow(streamKey));
            em.flush();
        }
    }

    /** A new stream row in the caller's transaction. */
    OutboxStreamRow newStream(String streamKey) {
        OutboxStreamRow stream = new OutboxStreamRow(streamKey);
        em.persist(stream);
        return stream;
    }

    /** The stream row, locked until the caller's transaction ends; null when there is none. */
    OutboxStreamRow lockStream(String streamKey) {
        return em.find(OutboxStreamRow.class, streamKey, LockModeType.PESSIMISTIC_WRITE);
    }

    void insert(OutboxEventRow event) {
        em.persist(event);
    }

    // ---- reading events ------------------------------------------------------------------------------------

    /**
     * Wanted events with {@code afterId < id <= throughId} (no upper bound when throughId is null), by id. In a
     * transaction: Derby hands out a payload (CLOB) only while its transaction is open.
     */
    @Transactional
    List<OutboxEventRow> events(long afterId, Long throughId, Collection<String> types, int limit) {
        var query = em.createQuery("SELECT e FROM OutboxEventRow e WHERE e.id > :after"
                        + (throughId == null ? "" : " AND e.id <= :through")
                        + " AND e.eventType IN :types ORDER BY e.id", OutboxEventRow.class)
                .setParameter("after", afterId)
                .setParameter("types", types)
                .setMaxResults(limit);
        if (throughId != null) {
            query.setParameter("through", throughId);
        }
        return query.getResultList();
    }

    /** The ids of wanted events with {@code afterId < id <= throughId}: cheap, no payload read. */
    @Transactional
    List<Long> eventIds(long afterId, long throughId, Collection<String> types) {
        return em.createQuery("SELECT e.id FROM OutboxEventRow e WHERE e.id > :after AND e.id <= :through "
                        + "AND e.eventType IN :types ORDER BY e.id", Long.class)
                .setParameter("after", afterId)
                .setParameter("through", throughId)
                .setParameter("types", types)
                .getResultList();
    }

    /** How many wanted events there are after {@code afterId} (no payload read). */
    @Transactional
    long countAfter(long afterId, Collection<String> types) {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEventRow e WHERE e.id > :after AND e.eventType IN :types",
                        Long.class)
                .setParameter("after", afterId)
                .setParameter("types", types)
                .getSingleResult();
    }

    /** Events after {@code afterId}, of one aggregate type (and id) when given, by id. */
    @Transactional
    List<OutboxEventRow> events(String aggregateType, String aggregateId, long afterId, int limit) {
        var query = em.createQuery("SELECT e FROM OutboxEventRow e WHERE e.id > :after"
                        + (aggregateType == null ? "" : " AND e.aggregateType = :type")
                        + (aggregateId == null ? "" : " AND e.aggregateId = :id")
                        + " ORDER BY e.id", OutboxEventRow.class)
                .setParameter("after", afterId)
                .setMaxResults(limit);
        if (aggregateType != null) {
            query.setParameter("type", aggregateType);
        }
        if (aggregateId != null) {
            query.setParameter("id", aggregateId);
        }
        return query.getResultList();
    }

    @Transactional
    Optional<OutboxEventRow> event(long id) {
        return Optional.ofNullable(em.find(OutboxEventRow.class, id));
    }

    /** The highest event id that occurred before {@code cutoff}; 0 when none did. */
    long lastIdBefore(Instant cutoff) {
        Long id = em.createQuery("SELECT MAX(e.id) FROM OutboxEventRow e WHERE e.occurredAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff).getSingleResult();
        return id == null ? 0 : id;
    }

    long lastId() {
        Long id = em.createQuery("SELECT MAX(e.id) FROM OutboxEventRow e", Long.class).getSingleResult();
        return id == null ? 0 : id;
    }

    // ---- cluster-wide observers ----------------------------------------------------------------------------

    Optional<OutboxObserverRow> observer(String name) {
        return Optional.ofNullable(em.find(OutboxObserverRow.class, name));
    }

    OutboxObserverRow lockObserver(String name) {
        return em.find(OutboxObserverRow.class, name, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Creates the observer's row (handled through 0: it will see every event kept) if it has none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void createObserver(String name) {
        if (observer(name).isEmpty()) {
            em.persist(new OutboxObserverRow(name, 0, Instant.now()));
            em.flush();
        }
    }

    /** An event not yet handled by a cluster-wide observer: its id and aggregate. */
    record Pending(long id, String aggregateType, String aggregateId) {
        String aggregate() {
            return aggregateType + ":" + aggregateId;
        }
    }

    /** Wanted events after {@code handledThrough} that the observer has not handled, by id. */
    List<Pending> pending(String observer, long handledThrough, Collection<String> types, int limit) {
        List<String> typeList = List.copyOf(types);
        String placeholders = typeList.stream().map(t -> "?").collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("SELECT e.id, e.aggregate_type, e.aggregate_id FROM outbox_event e "
                + "WHERE e.id > ? AND e.event_type IN (" + placeholders + ") AND NOT EXISTS "
                + "(SELECT 1 FROM outbox_handled h WHERE h.observer = ? AND h.event_id = e.id) "
                + "ORDER BY e.id FETCH FIRST " + limit + " ROWS ONLY");
        int p = 1;
        query.setParameter(p++, handledThrough);
        for (String type : typeList) {
            query.setParameter(p++, type);
        }
        query.setParameter(p, observer);
        List<Pending> pending = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            pending.add(new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2]));
        }
        return pending;
    }

    long pendingCount(String observer, long handledThrough, Collection<String> types) {
        List<String> typeList = List.copyOf(types);
        String placeholders = typeList.stream().map(t -> "?").collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM outbox_event e "
                + "WHERE e.id > ? AND e.event_type IN (" + placeholders + ") AND NOT EXISTS "
                + "(SELECT 1 FROM outbox_handled h WHERE h.observer = ? AND h.event_id = e.id)");
        int p = 1;
        query.setParameter(p++, handledThrough);
        for (String type : typeList) {
            query.setParameter(p++, type);
        }
        query.setParameter(p, observer);
        return ((Number) query.getSingleResult()).longValue();
    }

    boolean handled(String observer, long eventId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM outbox_handled WHERE observer = ? AND event_id = ?")
                .setParameter(1, observer).setParameter(2, eventId).getSingleResult()).longValue() > 0;
    }

    void markHandled(String observer, long eventId, Instant now) {
        em.createNativeQuery("INSERT INTO outbox_handled (observer, event_id, handled_at) VALUES (?, ?, ?)")
                .setParameter(1, observer).setParameter(2, eventId).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /** The highest event the observer handled before {@code cutoff}, if any. */
    Optional<Long> lastHandledBefore(String observer, Instant cutoff) {
        Object max = em.createNativeQuery(
                        "SELECT MAX(event_id) FROM outbox_handled WHERE observer = ? AND handled_at < ?")
                .setParameter(1, observer).setParameter(2, Timestamp.from(cutoff)).getSingleResult();
        return max == null ? Optional.empty() : Optional.of(((Number) max).longValue());
    }

    void pruneHandled(String observer, long through) {
        em.createNativeQuery("DELETE FROM outbox_handled WHERE observer = ? AND event_id <= ?")
                .setParameter(1, observer).setParameter(2, through).executeUpdate();
    }
}
