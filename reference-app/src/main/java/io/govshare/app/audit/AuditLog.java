package io.govshare.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import io.govshare.app.platform.security.CurrentActor;

/**
 * Writes the audit trail. Call it in the same transaction as the change it describes: the event is written
 * if and only if the change commits. Without a caller transaction (a failed login, say) it runs in its own.
 */
@ApplicationScoped
public class AuditLog {

    /** Actor of changes made by the platform itself (start-up seeding, scheduled jobs). */
    public static final String SYSTEM = CurrentActor.SYSTEM;

    private static final int DETAIL_LIMIT = 2000;

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    @Inject
    CurrentActor currentUser;

    @Inject
    BeanManager beanManager;

    /**
     * @param action     dotted, general to specific: {@code department.create}, {@code catalog.transition.APPROVE}
     * @param target     kind of object changed (stored by its wire name: {@code department}, {@code catalog-resource} …)
     * @param targetId   its identifier, or null
     * @param beforeJson the object before the change as JSON, null when created
     * @param afterJson  the object after the change as JSON, null when deleted
     * @param detail     the actor's reason or a short note, may be null; cut at 2000 characters
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, AuditTarget target, String targetId, String beforeJson, String afterJson,
                       String detail) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        String actor = SYSTEM;
        String roles = "";
        if (requestContextActive()) {
            actor = currentUser.actorName();
            roles = currentUser.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }
        String shortDetail = detail != null && detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
        // microseconds: what PostgreSQL keeps, so both databases return the same instant
        em.persist(new AuditEvent(Instant.now().truncatedTo(ChronoUnit.MICROS), actor, roles, action, target.wireName(), targetId, beforeJson, afterJson,
                shortDetail));
    }

    /** Start-up observers and background jobs may run without a request context at all. */
    private boolean requestContextActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
