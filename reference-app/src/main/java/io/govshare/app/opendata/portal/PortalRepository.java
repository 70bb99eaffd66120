package io.govshare.app.opendata.portal;

import io.govshare.app.opendata.ReleaseFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The portal's tables: API keys, applications, feedback and download counts. Callers bring the transaction. */
@ApplicationScoped
class PortalRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    void insert(Object row) {
        em.persist(row);
        em.flush();
    }

    Optional<OpenApplicationRow> application(long id) {
        return Optional.ofNullable(em.find(OpenApplicationRow.class, id));
    }

    List<OpenApplicationRow> applicationsBy(String applicant) {
        return em.createQuery("SELECT a FROM OpenApplicationRow a WHERE a.applicant = :user ORDER BY a.id DESC",
                OpenApplicationRow.class).setParameter("user", applicant).getResultList();
    }

    List<OpenApplicationRow> applicationsFor(List<String> resourceCodes) {
        if (resourceCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM OpenApplicationRow a WHERE a.resourceCode IN :codes ORDER BY a.id DESC",
                OpenApplicationRow.class).setParameter("codes", resourceCodes).getResultList();
    }

    boolean hasApproved(String applicant, String resourceCode) {
        return em.createQuery("SELECT COUNT(a) FROM OpenApplicationRow a WHERE a.applicant = :user"
                        + " AND a.resourceCode = :code AND a.status = :approved", Long.class)
                .setParameter("approved", OpenApplicationRow.Status.APPROVED).setParameter("user", applicant).setParameter("code", resourceCode).getSingleResult() > 0;
    }

    boolean hasOpenApplication(String applicant, String resourceCode) {
        return em.createQuery("SELECT COUNT(a) FROM OpenApplicationRow a WHERE a.applicant = :user"
                        + " AND a.resourceCode = :code AND a.status <> :refused", Long.class)
                .setParameter("refused", OpenApplicationRow.Status.REFUSED).setParameter("user", applicant).setParameter("code", resourceCode).getSingleResult() > 0;
    }

    Optional<OpenApiKeyRow> activeKey(String keyHash) {
        return em.createQuery("SELECT k FROM OpenApiKeyRow k WHERE k.keyHash = :hash AND k.revokedAt IS NULL",
                OpenApiKeyRow.class).setParameter("hash", keyHash).getResultStream().findFirst();
    }

    List<OpenApiKeyRow> keysOf(String owner) {
        return em.createQuery("SELECT k FROM OpenApiKeyRow k WHERE k.owner = :owner ORDER BY k.id",
                OpenApiKeyRow.class).setParameter("owner", owner).getResultList();
    }

    Optional<OpenApiKeyRow> keyOfApplication(long applicationId) {
        return em.createQuery("SELECT k FROM OpenApiKeyRow k WHERE k.applicationId = :id", OpenApiKeyRow.class)
                .setParameter("id", applicationId).getResultStream().findFirst();
    }

    List<OpenFeedbackRow> feedback(String resourceCode) {
        return em.createQuery("SELECT f FROM OpenFeedbackRow f WHERE f.resourceCode = :code ORDER BY f.id DESC",
                OpenFeedbackRow.class).setParameter("code", resourceCode).getResultList();
    }

    /** Average rating and count per resource. */
    Map<String, double[]> ratings() {
        Map<String, double[]> ratings = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT f.resourceCode, AVG(f.rating), COUNT(f) FROM OpenFeedbackRow f"
                + " GROUP BY f.resourceCode", Object[].class).getResultList()) {
            ratings.put((String) row[0], new double[]{((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()});
        }
        return ratings;
    }

    /** Adds one download to the day's count (a row per resource, day and format). */
    void countDownload(String resourceCode, LocalDate day, ReleaseFormat format) {
        int updated = em.createNativeQuery("UPDATE open_download SET downloads = downloads + 1"
                        + " WHERE resource_code = ? AND day = ? AND format = ?")
                .setParameter(1, resourceCode).setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, format.name()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO open_download (resource_code, day, format, downloads) VALUES (?, ?, ?, 1)")
                    .setParameter(1, resourceCode).setParameter(2, java.sql.Date.valueOf(day))
                    .setParameter(3, format.name()).executeUpdate();
        }
    }

    /** Rows of resource code, day, format and downloads between two days (inclusive), oldest first. */
    List<Object[]> downloads(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT resource_code, day, format, downloads FROM open_download"
                        + " WHERE day >= ? AND day <= ? ORDER BY day, resource_code, format")
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to))
                .getResultList();
        return rows;
    }
}
