package io.govshare.app.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Reads and writes the exchange tables (V3__exchange.sql); write methods expect the caller's transaction. */
@ApplicationScoped
public class ExchangeRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    public void flush() {
        em.flush();
    }

    // --- nodes

    public Optional<ExchangeNodeRow> node(String nodeId) {
        return Optional.ofNullable(em.find(ExchangeNodeRow.class, nodeId));
    }

    public void insert(ExchangeNodeRow node) {
        em.persist(node);
    }

    public List<ExchangeNodeRow> nodes(String departmentCodeOrNull) {
        if (departmentCodeOrNull == null) {
            return em.createQuery("SELECT n FROM ExchangeNodeRow n ORDER BY n.nodeId", ExchangeNodeRow.class)
                    .getResultList();
        }
        return em.createQuery("SELECT n FROM ExchangeNodeRow n WHERE n.departmentCode = :d ORDER BY n.nodeId",
                        ExchangeNodeRow.class)
                .setParameter("d", departmentCodeOrNull)
                .getResultList();
    }

    public List<ExchangeNodeRow> activeNodes(String departmentCode) {
        return em.createQuery("SELECT n FROM ExchangeNodeRow n WHERE n.departmentCode = :d AND n.status = :s "
                        + "ORDER BY n.nodeId", ExchangeNodeRow.class)
                .setParameter("d", departmentCode)
                .setParameter("s", NodeStatus.ACTIVE)
                .getResultList();
    }

    public List<ExchangeNodeRow> revokedNodes() {
        return em.createQuery("SELECT n FROM ExchangeNodeRow n WHERE n.status = :s AND n.certificateSerial IS NOT NULL",
                        ExchangeNodeRow.class)
                .setParameter("s", NodeStatus.REVOKED)
                .getResultList();
    }

    // --- packets

    public Optional<ExchangePacketRow> packet(String packetId) {
        return Optional.ofNullable(em.find(ExchangePacketRow.class, packetId));
    }

    public void insert(ExchangePacketRow packet) {
        em.persist(packet);
    }

    /** The highest accepted sequence of (node, resource), or 0; locks nothing (the unique key guards races). */
    public long lastSequence(String sourceNode, String resourceCode) {
        Long max = em.createQuery("SELECT MAX(p.sequence) FROM ExchangePacketRow p WHERE p.sourceNode = :n "
                        + "AND p.resourceCode = :r", Long.class)
                .setParameter("n", sourceNode)
                .setParameter("r", resourceCode)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /** Every accepted packet of a resource in the order the hub received them. */
    public List<ExchangePacketRow> packetsOf(String resourceCode) {
        return em.createQuery("SELECT p FROM ExchangePacketRow p WHERE p.resourceCode = :r"
                        + " ORDER BY p.receivedAt, p.sourceNode, p.sequence", ExchangePacketRow.class)
                .setParameter("r", resourceCode)
                .getResultList();
    }

    public List<String> unroutedPacketIds(int limit) {
        return em.createQuery("SELECT p.packetId FROM ExchangePacketRow p WHERE p.routed = FALSE "
                        + "ORDER BY p.sourceNode, p.resourceCode, p.sequence", String.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The packet row locked for routing, so two workers never route the same packet at once. */
    public Optional<ExchangePacketRow> lockPacket(String packetId) {
        return Optional.ofNullable(em.find(ExchangePacketRow.class, packetId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks the node's row until the transaction ends: accepts of one node are serialised by it. */
    public void lockNode(String nodeId) {
        em.find(ExchangeNodeRow.class, nodeId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean packetExists(String packetId) {
        return em.find(ExchangePacketRow.class, packetId) != null;
    }

    public List<String> allPacketIds() {
        return em.createQuery("SELECT p.packetId FROM ExchangePacketRow p", String.class).getResultList();
    }

    // --- rejections

    public void insert(ExchangeRejectionRow rejection) {
        em.persist(rejection);
    }

    public List<ExchangeRejectionRow> rejections(Instant from, Instant to, int offset, int limit) {
        return em.createQuery("SELECT r FROM ExchangeRejectionRow r WHERE r.rejectedAt >= :f AND r.rejectedAt < :t "
                        + "ORDER BY r.id DESC", ExchangeRejectionRow.class)
                .setParameter("f", from)
                .setParameter("t", to)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    // --- grants

    public Optional<ExchangeGrantRow> grant(long id) {
        return Optional.ofNullable(em.find(ExchangeGrantRow.class, id));
    }

    public Optional<ExchangeGrantRow> grant(String consumerDepartment, String resourceCode) {
        return em.createQuery("SELECT g FROM ExchangeGrantRow g WHERE g.consumerDepartment = :d "
                        + "AND g.resourceCode = :r", ExchangeGrantRow.class)
                .setParameter("d", consumerDepartment)
                .setParameter("r", resourceCode)
                .getResultStream().findFirst();
    }

    public List<ExchangeGrantRow> grants(String resourceCodeOrNull) {
        if (resourceCodeOrNull == null) {
            return em.createQuery("SELECT g FROM ExchangeGrantRow g ORDER BY g.id", ExchangeGrantRow.class)
                    .getResultList();
        }
        return em.createQuery("SELECT g FROM ExchangeGrantRow g WHERE g.resourceCode = :r ORDER BY g.id",
                        ExchangeGrantRow.class)
                .setParameter("r", resourceCodeOrNull)
                .getResultList();
    }

    public void insert(ExchangeGrantRow grant) {
        em.persist(grant);
    }

    public void delete(ExchangeGrantRow grant) {
        em.remove(grant);
    }

    // --- deliveries

    public void insert(DeliveryRow delivery) {
        em.persist(delivery);
    }

    public boolean deliveryExists(String nodeId, String sourcePacketId) {
        return !em.createQuery("SELECT d.id FROM DeliveryRow d WHERE d.nodeId = :n AND d.sourcePacketId = :s",
                        Long.class)
                .setParameter("n", nodeId)
                .setParameter("s", sourcePacketId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Unacknowledged deliveries of a node after the cursor, oldest first. */
    public List<DeliveryRow> inbox(String nodeId, long after, int limit) {
        return em.createQuery("SELECT d FROM DeliveryRow d WHERE d.nodeId = :n AND d.id > :a AND d.ackedAt IS NULL "
                        + "ORDER BY d.id", DeliveryRow.class)
                .setParameter("n", nodeId)
                .setParameter("a", after)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<DeliveryRow> delivery(String packetId) {
        return em.createQuery("SELECT d FROM DeliveryRow d WHERE d.packetId = :p", DeliveryRow.class)
                .setParameter("p", packetId)
                .getResultStream().findFirst();
    }

    public Optional<DeliveryRow> lockDelivery(long id) {
        return Optional.ofNullable(em.find(DeliveryRow.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Long> duePushes(Instant now, int limit) {
        return em.createQuery("SELECT d.id FROM DeliveryRow d WHERE d.pushState = :s AND d.nextPushAt <= :now "
                        + "ORDER BY d.nextPushAt", Long.class)
                .setParameter("s", DeliveryRow.PushState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<DeliveryRow> deadLetters(int offset, int limit) {
        return em.createQuery("SELECT d FROM DeliveryRow d WHERE d.pushState = :s ORDER BY d.id DESC",
                        DeliveryRow.class)
                .setParameter("s", DeliveryRow.PushState.DEAD)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<String> allDeliveryPacketIds() {
        return em.createQuery("SELECT d.packetId FROM DeliveryRow d", String.class).getResultList();
    }

    // --- statistics

    /** Rows of [resourceCode, departmentCode, day (java.sql.Date), packets, records] for received_at in range. */
    @SuppressWarnings("unchecked")
    public List<Object[]> dailyTotals(Instant from, Instant to) {
        return em.createNativeQuery("SELECT resource_code, department_code, CAST(received_at AS DATE) AS day, "
                        + "COUNT(*), SUM(record_count) FROM exchange_packet WHERE received_at >= ? AND received_at < ? "
                        + "GROUP BY resource_code, department_code, CAST(received_at AS DATE) "
                        + "ORDER BY 3, 1, 2")
                .setParameter(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC)))
                .setParameter(2, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(to, java.time.ZoneOffset.UTC)))
                .getResultList();
    }

    /** Rows of [reason, count] of rejections in range. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rejectionTotals(Instant from, Instant to) {
        return em.createQuery("SELECT r.reason, COUNT(r) FROM ExchangeRejectionRow r WHERE r.rejectedAt >= :f "
                        + "AND r.rejectedAt < :t GROUP BY r.reason ORDER BY r.reason")
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    /** [deliveries, acknowledged, dead] in range. */
    public Object[] deliveryTotals(Instant from, Instant to) {
        return (Object[]) em.createQuery("SELECT COUNT(d), SUM(CASE WHEN d.ackedAt IS NULL THEN 0 ELSE 1 END), "
                        + "SUM(CASE WHEN d.pushState = :dead THEN 1 ELSE 0 END) FROM DeliveryRow d "
                        + "WHERE d.createdAt >= :f AND d.createdAt < :t")
                .setParameter("dead", DeliveryRow.PushState.DEAD)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
    }

    /**
     * Delivery status of one consumer department for one resource, over all its nodes: [deliveries, records,
     * acknowledged, dead letters, first delivered at, last delivered at].
     */
    public Object[] deliveryStatus(String consumerDepartment, String resourceCode) {
        return (Object[]) em.createQuery("SELECT COUNT(d), SUM(d.recordCount), "
                        + "SUM(CASE WHEN d.ackedAt IS NULL THEN 0 ELSE 1 END), "
                        + "SUM(CASE WHEN d.pushState = :dead THEN 1 ELSE 0 END), MIN(d.createdAt), MAX(d.createdAt) "
                        + "FROM DeliveryRow d WHERE d.resourceCode = :r AND d.nodeId IN "
                        + "(SELECT n.nodeId FROM ExchangeNodeRow n WHERE n.departmentCode = :c)")
                .setParameter("dead", DeliveryRow.PushState.DEAD)
                .setParameter("r", resourceCode)
                .setParameter("c", consumerDepartment)
                .getSingleResult();
    }
}
