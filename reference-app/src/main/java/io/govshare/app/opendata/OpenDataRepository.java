package io.govshare.app.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The open-data tables. Callers bring the transaction. */
@ApplicationScoped
public class OpenDataRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    public Optional<OpenPolicyRow> policy(String resourceCode) {
        return Optional.ofNullable(em.find(OpenPolicyRow.class, resourceCode));
    }

    public void savePolicy(OpenPolicyRow row) {
        em.persist(row);
    }

    public void insert(Object row) {
        em.persist(row);
        em.flush();
    }

    /** The highest published version of a resource, 0 if none. */
    public int lastVersion(String resourceCode) {
        Integer last = em.createQuery("SELECT MAX(r.version) FROM OpenReleaseRow r WHERE r.resourceCode = :code",
                Integer.class).setParameter("code", resourceCode).getSingleResult();
        return last == null ? 0 : last;
    }

    /** Newest first; blocked ones only when asked (they are for the provider's eyes). */
    public List<OpenReleaseRow> releases(String resourceCode, boolean includeBlocked) {
        return em.createQuery("SELECT r FROM OpenReleaseRow r WHERE r.resourceCode = :code"
                        + (includeBlocked ? "" : " AND r.status = 'PUBLISHED'") + " ORDER BY r.id DESC",
                OpenReleaseRow.class).setParameter("code", resourceCode).getResultList();
    }

    public Optional<OpenReleaseRow> publishedRelease(String resourceCode, Integer versionOrLatest) {
        return releases(resourceCode, false).stream()
                .filter(r -> versionOrLatest == null || versionOrLatest.equals(r.version()))
                .findFirst();
    }

    public Optional<OpenReleaseRow> release(long id) {
        return Optional.ofNullable(em.find(OpenReleaseRow.class, id));
    }

    public List<OpenReleaseFileRow> files(long releaseId) {
        return em.createQuery("SELECT f FROM OpenReleaseFileRow f WHERE f.releaseId = :id ORDER BY f.format",
                OpenReleaseFileRow.class).setParameter("id", releaseId).getResultList();
    }

    /** Every published release's latest version per resource, for catalogs and harvesters. */
    public Map<String, OpenReleaseRow> latestPublished() {
        Map<String, OpenReleaseRow> latest = new LinkedHashMap<>();
        em.createQuery("SELECT r FROM OpenReleaseRow r WHERE r.status = 'PUBLISHED' ORDER BY r.resourceCode, r.version",
                OpenReleaseRow.class).getResultList().forEach(r -> latest.put(r.resourceCode(), r));
        return latest;
    }

    public Optional<OpenApplicationRow> application(long id) {
        return Optional.ofNullable(em.find(OpenApplicationRow.class, id));
    }

    public List<OpenApplicationRow> applicationsBy(String applicant) {
        return em.createQuery("SELECT a FROM OpenApplicationRow a WHERE a.applicant = :user ORDER BY a.id DESC",
                OpenApplicationRow.class).setParameter("user", applicant).getResultList();
    }

    public List<OpenApplicationRow> applicationsFor(List<String> resourceCodes) {
        if (resourceCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM OpenApplicationRow a WHERE a.resourceCode IN :codes ORDER BY a.id DESC",
                OpenApplicationRow.class).setParameter("codes", resourceCodes).getResultList();
    }

    public boolean hasApproved(String applicant, String resourceCode) {
        return em.createQuery("SELECT COUNT(a) FROM OpenApplicationRow a WHERE a.applicant = :user"
                        + " AND a.resourceCode = :code AND a.status = 'APPROVED'", Long.class)
                .setParameter("user", applicant).setParameter("code", resourceCode).getSingleResult() > 0;
    }

    public boolean hasOpenApplication(String applicant, String resourceCode) {
        return em.createQuery("SELECT COUNT(a) FROM OpenApplicationRow a WHERE a.applicant = :user"
                        + " AND a.resourceCode = :code AND a.status <> 'REFUSED'", Long.class)
                .setParameter("user", applicant).setParameter("code", resourceCode).getSingleResult() > 0;
    }

    public Optional<OpenApiKeyRow> activeKey(String keyHash) {
        return em.createQuery("SELECT k FROM OpenApiKeyRow k WHERE k.keyHash = :hash AND k.revokedAt IS NULL",
                OpenApiKeyRow.class).setParameter("hash", keyHash).getResultStream().findFirst();
    }

    public List<OpenApiKeyRow> keysOf(String owner) {
        return em.createQuery("SELECT k FROM OpenApiKeyRow k WHERE k.owner = :owner ORDER BY k.id",
                OpenApiKeyRow.class).setParameter("owner", owner).getResultList();
    }

    public Optional<OpenApiKeyRow> keyOfApplication(long applicationId) {
        return em.createQuery("SELECT k FROM OpenApiKeyRow k WHERE k.applicationId = :id", OpenApiKeyRow.class)
                .setParameter("id", applicationId).getResultStream().findFirst();
    }

    public List<OpenFeedbackRow> feedback(String resourceCode) {
        return em.createQuery("SELECT f FROM OpenFeedbackRow f WHERE f.resourceCode = :code ORDER BY f.id DESC",
                OpenFeedbackRow.class).setParameter("code", resourceCode).getResultList();
    }

    /** Average rating and count per resource. */
    public Map<String, double[]> ratings() {
        Map<String, double[]> ratings = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT f.resourceCode, AVG(f.rating), COUNT(f) FROM OpenFeedbackRow f"
                + " GROUP BY f.resourceCode", Object[].class).getResultList()) {
            ratings.put((String) row[0], new double[]{((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()});
        }
        return ratings;
    }

    /** Adds one download to the day's count (a row per resource, day and format). */
    public void countDownload(String resourceCode, LocalDate day, ReleaseFormat format) {
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
    public List<Object[]> downloads(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT resource_code, day, format, downloads FROM open_download"
                        + " WHERE day >= ? AND day <= ? ORDER BY day, resource_code, format")
                .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to))
                .getResultList();
        return rows;
    }
}
