package io.govshare.app.sharing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;


/** Persistence of the sharing workflow. Callers hold the transaction. */
@ApplicationScoped
public class SharingRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    void insert(Object row) {
        em.persist(row);
        em.flush();
    }

    /** Locked for the decision: two reviewers acting at once cannot both move it. */
    Optional<ShareApplicationRow> lockApplication(long id) {
        return Optional.ofNullable(em.find(ShareApplicationRow.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<ShareApplicationRow> application(long id) {
        return Optional.ofNullable(em.find(ShareApplicationRow.class, id));
    }

    /** Applications with these statuses, oldest first; all of them when {@code statuses} is empty. */
    List<ShareApplicationRow> applications(String consumerDepartment, String providerDepartment,
                                           Collection<ShareApplicationRow.Status> statuses, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM ShareApplicationRow a WHERE 1 = 1");
        if (consumerDepartment != null) {
            jpql.append(" AND a.consumerDepartment = :consumer");
        }
        if (providerDepartment != null) {
            jpql.append(" AND a.providerDepartment = :provider");
        }
        if (!statuses.isEmpty()) {
            jpql.append(" AND a.status IN :statuses");
        }
        jpql.append(" ORDER BY a.submittedAt DESC, a.id DESC");
        var query = em.createQuery(jpql.toString(), ShareApplicationRow.class);
        if (consumerDepartment != null) {
            query.setParameter("consumer", consumerDepartment);
        }
        if (providerDepartment != null) {
            query.setParameter("provider", providerDepartment);
        }
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    boolean hasPendingApplication(String consumerDepartment, String resourceCode) {
        return !em.createQuery("SELECT a.id FROM ShareApplicationRow a WHERE a.consumerDepartment = :c "
                        + "AND a.resourceCode = :r AND a.status IN :pending", Long.class)
                .setParameter("c", consumerDepartment)
                .setParameter("r", resourceCode)
                .setParameter("pending", List.of(ShareApplicationRow.Status.CONFORMITY_REVIEW,
                        ShareApplicationRow.Status.PROVIDER_REVIEW))
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Pending applications past their deadline and not yet reminded in their current stage. */
    List<ShareApplicationRow> overdueApplications(Instant now) {
        return em.createQuery("SELECT a FROM ShareApplicationRow a WHERE a.status IN :pending AND a.dueAt < :now "
                        + "AND a.remindedAt IS NULL ORDER BY a.dueAt", ShareApplicationRow.class)
                .setParameter("pending", List.of(ShareApplicationRow.Status.CONFORMITY_REVIEW,
                        ShareApplicationRow.Status.PROVIDER_REVIEW))
                .setParameter("now", now)
                .setMaxResults(200).getResultList();
    }

    Optional<ShareSubscriptionRow> subscription(long id) {
        return Optional.ofNullable(em.find(ShareSubscriptionRow.class, id));
    }

    /** Locked for a change: a pause and a cancel at once cannot both move it. */
    Optional<ShareSubscriptionRow> lockSubscription(long id) {
        return Optional.ofNullable(em.find(ShareSubscriptionRow.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<ShareSubscriptionRow> subscriptionOf(long applicationId) {
        return em.createQuery("SELECT s FROM ShareSubscriptionRow s WHERE s.applicationId = :a",
                        ShareSubscriptionRow.class)
                .setParameter("a", applicationId).getResultStream().findFirst();
    }

    List<ShareSubscriptionRow> subscriptions(String consumerDepartment) {
        var query = em.createQuery("SELECT s FROM ShareSubscriptionRow s"
                + (consumerDepartment == null ? "" : " WHERE s.consumerDepartment = :c")
                + " ORDER BY s.createdAt DESC, s.id DESC", ShareSubscriptionRow.class);
        if (consumerDepartment != null) {
            query.setParameter("c", consumerDepartment);
        }
        return query.setMaxResults(500).getResultList();
    }

    /** The subscriptions of a resource that are not cancelled. */
    List<ShareSubscriptionRow> liveSubscriptionsOf(String resourceCode) {
        return em.createQuery("SELECT s FROM ShareSubscriptionRow s WHERE s.resourceCode = :r AND s.status <> :c "
                        + "ORDER BY s.id", ShareSubscriptionRow.class)
                .setParameter("r", resourceCode)
                .setParameter("c", ShareSubscriptionRow.Status.CANCELLED)
                .getResultList();
    }

    Optional<ShareDemandRow> lockDemand(long id) {
        return Optional.ofNullable(em.find(ShareDemandRow.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<ShareDemandRow> demand(long id) {
        return Optional.ofNullable(em.find(ShareDemandRow.class, id));
    }

    /** Demands raised by or routed to {@code department} (all with null), newest first. */
    List<ShareDemandRow> demands(String department, ShareDemandRow.Status statusOrNull, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM ShareDemandRow d WHERE 1 = 1");
        if (department != null) {
            jpql.append(" AND (d.requesterDepartment = :dept OR d.targetDepartment = :dept)");
        }
        if (statusOrNull != null) {
            jpql.append(" AND d.status = :status");
        }
        jpql.append(" ORDER BY d.submittedAt DESC, d.id DESC");
        var query = em.createQuery(jpql.toString(), ShareDemandRow.class);
        if (department != null) {
            query.setParameter("dept", department);
        }
        if (statusOrNull != null) {
            query.setParameter("status", statusOrNull);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    List<ShareDemandRow> openDemandsFor(String targetDepartment) {
        return em.createQuery("SELECT d FROM ShareDemandRow d WHERE d.targetDepartment = :t AND d.status = :s "
                        + "ORDER BY d.dueAt", ShareDemandRow.class)
                .setParameter("t", targetDepartment)
                .setParameter("s", ShareDemandRow.Status.OPEN)
                .setMaxResults(200).getResultList();
    }

    List<ShareDemandRow> overdueDemands(Instant now) {
        return em.createQuery("SELECT d FROM ShareDemandRow d WHERE d.status = :s AND d.dueAt < :now "
                        + "AND d.remindedAt IS NULL ORDER BY d.dueAt", ShareDemandRow.class)
                .setParameter("s", ShareDemandRow.Status.OPEN)
                .setParameter("now", now)
                .setMaxResults(200).getResultList();
    }

    List<NotificationRow> notifications(String recipient, boolean unreadOnly, int limit) {
        return em.createQuery("SELECT n FROM NotificationRow n WHERE n.recipient = :r"
                        + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.createdAt DESC, n.id DESC",
                        NotificationRow.class)
                .setParameter("r", recipient)
                .setMaxResults(limit).getResultList();
    }

    long unreadCount(String recipient) {
        return em.createQuery("SELECT COUNT(n) FROM NotificationRow n WHERE n.recipient = :r AND n.readAt IS NULL",
                        Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    Optional<NotificationRow> notification(long id) {
        return Optional.ofNullable(em.find(NotificationRow.class, id));
    }
}
