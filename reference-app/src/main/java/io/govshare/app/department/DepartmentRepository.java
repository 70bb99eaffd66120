package io.govshare.app.department;

import java.util.List;
import java.util.Optional;

/**
 * Where the department feature keeps its departments. Only this feature uses it; other features ask the
 * {@link Departments} port. Reads join the caller's transaction if there is one; writes require one.
 */
public interface DepartmentRepository {

    /** The department with this 统一社会信用代码 (exact, already stripped). */
    Optional<Department> find(String code);

    /** The department with this two-digit number, the 项 of DEPARTMENT classification codes. */
    Optional<Department> findByNumber(String number);

    /** Every department, by number. */
    List<Department> all();

    long count();

    void add(Department department);
}
