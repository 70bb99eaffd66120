package io.govshare.app.department;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link DepartmentRepository} on JPA: table {@code departments}. */
@ApplicationScoped
class JpaDepartmentRepository implements DepartmentRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    @Override
    public Optional<Department> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Department.class, code));
    }

    @Override
    public Optional<Department> findByNumber(String number) {
        return em.createQuery("SELECT d FROM Department d WHERE d.number = :number", Department.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Department> all() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.number", Department.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult();
    }

    @Override
    public void add(Department department) {
        em.persist(department);
    }
}
