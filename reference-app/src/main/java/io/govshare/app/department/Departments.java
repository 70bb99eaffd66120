package io.govshare.app.department;

import java.util.List;
import java.util.Optional;

/**
 * The department feature's published port: what other features may ask about the city's departments. They get
 * {@link DepartmentInfo} values, never the JPA row, so the department table stays this feature's own.
 */
public interface Departments {

    /** The department with this 统一社会信用代码, or empty (also for null or blank). */
    Optional<DepartmentInfo> find(String code);

    /** The department with this two-digit number (the 项 of DEPARTMENT classification codes), or empty. */
    Optional<DepartmentInfo> findByNumber(String number);

    /** Every department, by number. */
    List<DepartmentInfo> all();

    /** Whether a department with this code exists. */
    default boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The department's name, or the code itself when there is no such department (for messages). */
    default String nameOf(String code) {
        return find(code).map(DepartmentInfo::name).orElse(code);
    }

    /**
     * A department as other features see it.
     *
     * @param code   统一社会信用代码 (18 characters)
     * @param name   the department's name
     * @param number two digits, unique and never reused
     * @param region 行政区划 name, or null
     */
    record DepartmentInfo(String code, String name, String number, String region) {

        static DepartmentInfo of(Department row) {
            return new DepartmentInfo(row.getCode(), row.getName(), row.getNumber(), row.getRegion());
        }
    }
}
