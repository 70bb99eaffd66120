package io.govshare.app.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.govshare.app.platform.domain.NotPermitted;
import io.govshare.app.platform.security.CurrentActor;
import io.govshare.app.platform.security.Role;

/**
 * Who sends the current request, taken from the verified bearer token by {@code AccessControlFilter} before any
 * resource method runs. Anonymous until then, and for requests without a token. Other features see it as the
 * {@link CurrentActor} port; only identity's own filters fill it.
 */
@RequestScoped
public class CurrentUser implements CurrentActor {

    private boolean httpRequest;

    private String username;
    private Set<Role> roles = Set.of();
    private String departmentCode;

    @Override
    public boolean isAuthenticated() {
        return username != null;
    }

    /** The user name ({@code upn} claim), or null when anonymous. */
    @Override
    public String username() {
        return username;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    /** The user's department ({@code dept} claim); empty for platform roles and anonymous requests. */
    @Override
    public Optional<String> departmentCode() {
        return Optional.ofNullable(departmentCode);
    }

    /** The user's department, or a 403 problem when the user has none (for department-bound operations). */
    @Override
    public String requireDepartmentCode() {
        return departmentCode().orElseThrow(() -> new NotPermitted(
                "User '" + username + "' belongs to no department"));
    }

    /**
     * The name to record as the actor of a change: the user name, {@value #ANONYMOUS} for a request without a
     * valid token, {@value #SYSTEM} outside HTTP requests.
     */
    @Override
    public String actorName() {
        if (username != null) {
            return username;
        }
        return httpRequest ? ANONYMOUS : SYSTEM;
    }

    void anonymousRequest() {
        this.httpRequest = true;
    }

    void authenticate(String username, Set<Role> roles, String departmentCode) {
        this.httpRequest = true;
        this.username = username;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode;
    }
}
