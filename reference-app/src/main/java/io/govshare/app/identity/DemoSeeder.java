package io.govshare.app.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import io.govshare.app.audit.AuditLog;
import io.govshare.app.audit.AuditTarget;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.DatabaseReady;
import io.govshare.app.platform.DemoData;
import io.govshare.app.platform.security.Role;

/**
 * Demo mode: seeds one account per role ({@value #USERS}) into an empty table, after the department feature has
 * seeded the demo city's departments ({@value #DEPARTMENTS}). Users name their department by its two-digit number, so the
 * account file does not repeat 统一社会信用代码. All seeded accounts are flagged demo: they cannot log in once
 * demo mode is off.
 */
@ApplicationScoped
public class DemoSeeder {

    /** Seeded by the department feature; named here for the message when a user names a missing number. */
    static final String DEPARTMENTS = "demo/departments.json";
    static final String USERS = "demo/users.json";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Inject
    Departments departments;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Transactional
    void seed(@Observes @Priority(DatabaseReady.SEED_USERS) DatabaseReady ready) {
        if (!ready.demoMode()) {
            return;
        }
        if (accounts.count() == 0) {
            JsonArray list = DemoData.readArray(USERS);
            for (JsonObject u : list.getValuesAs(JsonObject.class)) {
                accounts.addDemoUser(new UserAccount(u.getString("username"), u.getString("displayName"),
                        departmentCode(u), roles(u), accounts.hasher().hash(u.getString("password")), true));
            }
            LOG.info(() -> "Demo accounts seeded: " + list.size() + " (see README.md for their passwords)");
            audit.record("demo.seed", AuditTarget.USER, null, null, null, list.size() + " demo accounts");
        }
    }

    private String departmentCode(JsonObject user) {
        String number = user.getString("departmentNumber", null);
        if (number == null) {
            return null;
        }
        return departments.findByNumber(number).map(Departments.DepartmentInfo::code).orElseThrow(() -> new IllegalStateException(
                USERS + ": user " + user.getString("username") + " names department number " + number
                        + ", which " + DEPARTMENTS + " does not have"));
    }

    private static Set<Role> roles(JsonObject user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonString role : user.getJsonArray("roles").getValuesAs(JsonString.class)) {
            roles.add(Role.valueOf(role.getString()));
        }
        return roles;
    }
}
