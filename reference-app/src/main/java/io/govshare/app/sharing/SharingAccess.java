package io.govshare.app.sharing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import io.govshare.app.platform.PageRequest;
import io.govshare.app.platform.domain.NotFound;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;

/** Who sees what in the sharing workflow: the two departments concerned, and the platform's reviewers, admins and auditors. */
final class SharingAccess {

    private SharingAccess() {
    }

    static boolean platform(CurrentActor user) {
        return user.has(Role.PLATFORM_REVIEWER) || user.has(Role.PLATFORM_ADMIN) || user.has(Role.AUDITOR);
    }

    /** 404, as for an unknown id, unless the user is of one of the two departments or of the platform. */
    static void requireVisible(CurrentActor user, String firstDepartment, String secondDepartment, String what) {
        String department = user.departmentCode().orElse(null);
        if (!platform(user) && !firstDepartment.equals(department) && !secondDepartment.equals(department)) {
            throw new NotFound("No " + what);
        }
    }

    static JsonObject page(JsonArrayBuilder items, PageRequest paging) {
        return Json.createObjectBuilder().add("items", items).add("page", paging.page()).add("size", paging.size())
                .build();
    }
}
