package io.govshare.app.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The releases and their files: written by the release pipeline, read by the portal, the CKAN API and the DCAT
 * catalog. Callers bring the transaction.
 */
@ApplicationScoped
public class OpenDataRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    /** Persists a release or release-file row and flushes, so its generated id is known. */
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
        TypedQuery<OpenReleaseRow> query = em.createQuery("SELECT r FROM OpenReleaseRow r WHERE r.resourceCode = :code"
                        + (includeBlocked ? "" : " AND r.status = :published") + " ORDER BY r.id DESC",
                OpenReleaseRow.class).setParameter("code", resourceCode);
        if (!includeBlocked) {
            query.setParameter("published", OpenReleaseRow.Status.PUBLISHED);
        }
        return query.getResultList();
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
        em.createQuery("SELECT r FROM OpenReleaseRow r WHERE r.status = :published"
                        + " ORDER BY r.resourceCode, r.version", OpenReleaseRow.class)
                .setParameter("published", OpenReleaseRow.Status.PUBLISHED).getResultList().forEach(r -> latest.put(r.resourceCode(), r));
        return latest;
    }
}
