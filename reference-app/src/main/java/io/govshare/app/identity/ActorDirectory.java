package io.govshare.app.identity;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import io.govshare.app.platform.security.Role;

/** The {@link Actors} port, over identity's own tables ({@code users}, {@code user_roles}) and {@link Accounts}. */
@ApplicationScoped
class ActorDirectory implements Actors {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> usernamesWith(Role role, String departmentCode) {
        String sql = "SELECT u.username FROM users u JOIN user_roles r ON r.username = u.username "
                + "WHERE r.role = ?1 AND u.enabled = TRUE" + (departmentCode == null ? "" : " AND u.department_code = ?2")
                + " ORDER BY u.username";
        var query = em.createNativeQuery(sql).setParameter(1, role.name());
        if (departmentCode != null) {
            query.setParameter(2, departmentCode);
        }
        return ((List<Object>) query.getResultList()).stream().map(Object::toString).toList();
    }

    @Override
    @Transactional
    public JsonObject register(NewUser request) {
        return Accounts.toJson(accounts.create(request));
    }
}
