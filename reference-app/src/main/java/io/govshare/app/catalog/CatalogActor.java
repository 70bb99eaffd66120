package io.govshare.app.catalog;

import io.govshare.app.platform.security.Role;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting on the catalog: the parts of the signed-in user that catalog permissions depend on.
 * A plain value so the permission rules can be tested without a server.
 */
public record CatalogActor(String username, Set<Role> roles, Optional<String> departmentCode) {

    public CatalogActor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String providerCode) {
        return departmentCode.isPresent() && departmentCode.get().equals(providerCode);
    }

    /** Roles that see the whole catalog in every status. */
    public boolean seesEverything() {
        return has(Role.PLATFORM_ADMIN) || has(Role.PLATFORM_REVIEWER) || has(Role.AUDITOR);
    }
}
