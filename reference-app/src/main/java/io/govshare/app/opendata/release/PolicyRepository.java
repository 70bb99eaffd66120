package io.govshare.app.opendata.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The release policies providers saved ({@code open_policy}). Callers bring the transaction. */
@ApplicationScoped
class PolicyRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    Optional<OpenPolicyRow> policy(String resourceCode) {
        return Optional.ofNullable(em.find(OpenPolicyRow.class, resourceCode));
    }

    void savePolicy(OpenPolicyRow row) {
        em.persist(row);
    }
}
