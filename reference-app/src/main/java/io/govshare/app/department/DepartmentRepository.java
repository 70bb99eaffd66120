package io.govshare.app.department;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The city's departments. Reads join the caller's transaction if there is one; writes require one. */
@ApplicationScoped
public class DepartmentRepository {

    @PersistenceContext(unitName = "govshare")
    EntityManager em;

    /** The department with this 统一社会信用代码 (exact, already stripped). */
    public Optional<Department> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Department.class, code));
    }

    /** The department with this two-digit number, the 项 of DEPARTMENT classification codes. */
    public Optional<Department> findByNumber(String number) {
        return em.createQuery("SELECT d FROM Department d WHERE d.number = :number", Department.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** Every department, by number. */
    public List<Department> all() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.number", Department.class).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult();
    }

    public void add(Department department) {
        em.persist(department);
    }
}
