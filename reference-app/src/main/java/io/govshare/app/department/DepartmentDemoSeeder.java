package io.govshare.app.department;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.platform.DatabaseReady;

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
        JsonArray list;
        try (InputStream in = DepartmentDemoSeeder.class.getClassLoader().getResourceAsStream(DEPARTMENTS)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + DEPARTMENTS + " is missing from the application");
            }
            try (JsonReader reader = Json.createReader(in)) {
                list = reader.readArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data " + DEPARTMENTS, e);
        }
        for (JsonObject d : list.getValuesAs(JsonObject.class)) {
            departments.add(new Department(d.getString("code"), d.getString("name"), d.getString("number"),
                    d.getString("region", null)));
        }
        LOG.info(() -> "Demo departments seeded: " + list.size());
        audit.record("demo.seed", "department", null, null, null, list.size() + " demo departments");
    }
}
