package io.govshare.app.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.domain.Conflict;

/** Registering departments: the rules (unique code, unique number), the write and its audit, in one transaction. */
@ApplicationScoped
public class DepartmentService {

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    /** Registers the department; a code or number already taken is a {@link Conflict}. */
    @Transactional
    public Department register(RegisterDepartment command) {
        String code = command.code().value();
        if (departments.find(code).isPresent()) {
            throw new Conflict("A department with code " + code + " already exists");
        }
        departments.findByNumber(command.number()).ifPresent(other -> {
            throw new Conflict("Number " + command.number() + " already belongs to " + other.getName());
        });
        Department department = new Department(code, command.name(), command.number(), command.region());
        departments.add(department);
        audit.record("department.create", AuditTarget.DEPARTMENT, department.getCode(), null,
                DepartmentResource.toJson(department).build().toString(), null);
        return department;
    }
}
