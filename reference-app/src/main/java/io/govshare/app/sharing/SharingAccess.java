package io.govshare.app.sharing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import io.govshare.app.identity.CurrentUser;
import io.govshare.app.identity.Role;
import io.govshare.app.platform.PageRequest;
import io.govshare.app.platform.ProblemException;

/** Who sees what in the sharing workflow: the two departments concerned, and the platform's reviewers, admins and auditors. */
final class SharingAccess {

    private SharingAccess() {
    }

    static boolean platform(CurrentUser user) {
        return user.has(Role.PLATFORM_REVIEWER) || user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR);
    }

    /** 404, as for an unknown id, unless the user is of one of the two departments or of the platform. */
    static void requireVisible(CurrentUser user, String firstDepartment, String secondDepartment, String what) {
        String department = user.departmentCode().orElse(null);
        if (!platform(user) && !firstDepartment.equals(department) && !secondDepartment.equals(department)) {
            throw ProblemException.notFound("No " + what);
        }
    }

    static JsonObject page(JsonArrayBuilder items, PageRequest paging) {
        return Json.createObjectBuilder().add("items", items).add("page", paging.page()).add("size", paging.size())
                .build();
    }
}
