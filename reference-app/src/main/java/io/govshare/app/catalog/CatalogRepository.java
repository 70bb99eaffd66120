package io.govshare.app.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.govshare.catalog.CatalogStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes catalog rows. Every write method expects the caller's transaction and, before it, a call to
 * {@link #nextChangeSeq()}, whose row lock serialises catalog writes (see V2__catalog.sql).
 */
@ApplicationScoped
public class CatalogRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    public Optional<CatalogResourceRow> find(String code) {
        return Optional.ofNullable(em.find(CatalogResourceRow.class, code));
    }

    /** Takes the catalog write lock, held until the transaction ends. */
    public void lockForWrite() {
        em.find(CatalogCounterRow.class, CatalogCounterRow.CHANGE_SEQ, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Takes the catalog write lock and returns the next change number. */
    public long nextChangeSeq() {
        return reserveChangeSeqs(1);
    }

    /** Takes the catalog write lock and reserves {@code count} consecutive change numbers; returns the first. */
    public long reserveChangeSeqs(int count) {
        return em.find(CatalogCounterRow.class, CatalogCounterRow.CHANGE_SEQ, LockModeType.PESSIMISTIC_WRITE)
                .reserve(count);
    }

    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /** The next 顺序码 for a classification code; safe because the caller holds the catalog write lock. */
    public long nextCodeSequence(String classificationCode) {
        return sequenceRow(classificationCode).next();
    }

    /** Raises the sequence so that a code given by the client is never handed out again. */
    public void reserveCodeSequence(String classificationCode, long used) {
        sequenceRow(classificationCode).raiseTo(used);
    }

    private CatalogCodeSequenceRow sequenceRow(String classificationCode) {
        CatalogCodeSequenceRow row = em.find(CatalogCodeSequenceRow.class, classificationCode);
        if (row == null) {
            row = new CatalogCodeSequenceRow(classificationCode);
            em.persist(row);
        }
        return row;
    }

    /** A live (not retired) entry other than {@code exceptCode} whose normalised name is the given one. */
    public Optional<String> liveCodeWithNormalizedName(String normalizedName, String exceptCode) {
        return em.createQuery("SELECT r.code FROM CatalogResourceRow r WHERE r.normalizedName = :name"
                        + " AND r.status <> :retired AND r.code <> :except", String.class)
                .setParameter("name", normalizedName)
                .setParameter("retired", CatalogStatus.RETIRED)
                .setParameter("except", exceptCode == null ? "" : exceptCode)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void insert(CatalogResourceRow row) {
        em.persist(row);
    }

    public void addVersion(CatalogVersionRow version) {
        em.persist(version);
    }

    /** Newest first. */
    public List<CatalogVersionRow> versions(String code) {
        return em.createQuery("SELECT v FROM CatalogVersionRow v WHERE v.code = :code ORDER BY v.version DESC",
                        CatalogVersionRow.class)
                .setParameter("code", code)
                .getResultList();
    }

    public Optional<CatalogVersionRow> version(String code, int version) {
        return em.createQuery("SELECT v FROM CatalogVersionRow v WHERE v.code = :code AND v.version = :version",
                        CatalogVersionRow.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    /** Who made the latest change with this action, if anyone — used for the four-eyes rule on approval. */
    public Optional<String> lastActor(String code, String action) {
        return em.createQuery("SELECT v.changedBy FROM CatalogVersionRow v WHERE v.code = :code AND v.action = :action"
                        + " ORDER BY v.version DESC", String.class)
                .setParameter("code", code)
                .setParameter("action", action)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM CatalogResourceRow r", Long.class).getSingleResult();
    }

    /** A page of rows in code order, for rebuilding the search index without holding the whole catalog. */
    public List<CatalogResourceRow> page(String afterCode, int size) {
        return em.createQuery("SELECT r FROM CatalogResourceRow r WHERE r.code > :after ORDER BY r.code",
                        CatalogResourceRow.class)
                .setParameter("after", afterCode == null ? "" : afterCode)
                .setMaxResults(size)
                .getResultList();
    }

    /** code → change number of every row; what the search index is checked against at start. */
    public Map<String, Long> changeSeqByCode() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT r.code, r.changeSeq FROM CatalogResourceRow r", Object[].class)
                .getResultList()) {
            result.put((String) row[0], (Long) row[1]);
        }
        return result;
    }

    public long lastChangeSeq() {
        return em.find(CatalogCounterRow.class, CatalogCounterRow.CHANGE_SEQ).value();
    }

    /** Counts grouped by one of the copied columns; the column name comes from code, never from a request. */
    public Map<String, Long> countBy(String attribute, CatalogStatus statusOrNull) {
        String where = statusOrNull == null ? "" : " WHERE r.status = :status";
        var query = em.createQuery("SELECT r." + attribute + ", COUNT(r) FROM CatalogResourceRow r" + where
                + " GROUP BY r." + attribute + " ORDER BY COUNT(r) DESC", Object[].class);
        if (statusOrNull != null) {
            query.setParameter("status", statusOrNull);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(row[0] == null ? "" : row[0].toString(), (Long) row[1]);
        }
        return counts;
    }

    /** Per provider: code, name, count. */
    public List<Object[]> countByProvider(CatalogStatus statusOrNull) {
        String where = statusOrNull == null ? "" : " WHERE r.status = :status";
        var query = em.createQuery("SELECT r.providerCode, MAX(r.providerName), COUNT(r) FROM CatalogResourceRow r"
                + where + " GROUP BY r.providerCode ORDER BY COUNT(r) DESC, r.providerCode", Object[].class);
        if (statusOrNull != null) {
            query.setParameter("status", statusOrNull);
        }
        return query.getResultList();
    }

    /** The six survey figures summed: storage, records, shared storage, shared records, open storage, open records. */
    public Object[] surveyTotals(CatalogStatus statusOrNull) {
        String where = statusOrNull == null ? "" : " WHERE r.status = :status";
        var query = em.createQuery("SELECT SUM(r.storageMb), SUM(r.records), SUM(r.sharedStorageMb), SUM(r.sharedRecords),"
                + " SUM(r.openStorageMb), SUM(r.openRecords), COUNT(r) FROM CatalogResourceRow r" + where, Object[].class);
        if (statusOrNull != null) {
            query.setParameter("status", statusOrNull);
        }
        return query.getSingleResult();
    }
}
