package io.govshare.app.department;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.platform.DatabaseReady;
import io.govshare.app.platform.DemoData;

/** Demo mode: seeds the demo city's departments ({@value #DEPARTMENTS}) into an empty table. */
@ApplicationScoped
public class DepartmentDemoSeeder {

    static final String DEPARTMENTS = "demo/departments.json";
    private static final Logger LOG = Logger.getLogger(DepartmentDemoSeeder.class.getName());

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_DEPARTMENTS) DatabaseReady ready) {
        if (!ready.demoMode() || departments.count() > 0) {
            return;
        }
        JsonArray list = DemoData.readArray(DEPARTMENTS);
        for (JsonObject d : list.getValuesAs(JsonObject.class)) {
            departments.add(new Department(d.getString("code"), d.getString("name"), d.getString("number"),
                    d.getString("region", null)));
        }
        LOG.info(() -> "Demo departments seeded: " + list.size());
        audit.record("demo.seed", AuditTarget.DEPARTMENT, null, null, null, list.size() + " demo departments");
    }
}
