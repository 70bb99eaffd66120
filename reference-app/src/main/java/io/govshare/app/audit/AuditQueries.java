package io.govshare.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import io.govshare.app.platform.PageRequest;

/** Reads the audit trail with optional filters, newest first. */
@ApplicationScoped
public class AuditQueries {

    /** Every field optional; {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String actor, String action, String targetType, String targetId, Instant from, Instant to) {
    }

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    public List<AuditEvent> find(Filter filter, PageRequest paging) {
        TypedQuery<AuditEvent> query = query("SELECT e FROM AuditEvent e", filter, " ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEvent.class);
        return query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long count(Filter filter) {
        return query("SELECT COUNT(e) FROM AuditEvent e", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("e.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.targetType() != null) {
            conditions.add("e.targetType = :targetType");
            parameters.put("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            conditions.add("e.targetId = :targetId");
            parameters.put("targetId", filter.targetId());
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
