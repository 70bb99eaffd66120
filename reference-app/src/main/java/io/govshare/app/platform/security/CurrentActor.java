package io.govshare.app.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who sends the current request: the port every feature asks when it checks a right or records an actor. The
 * identity feature implements it from the verified bearer token (or browser session) before any resource method
 * runs; the ground floor and the features depend on this interface only, never on how identity fills it.
 * <p>
 * Outside an HTTP request (start-up, background jobs) the actor is {@value #SYSTEM}; an HTTP request without a
 * valid token is {@value #ANONYMOUS}.
 */
public interface CurrentActor {

    /** Actor name of work the platform does on its own (start-up, background jobs). */
    String SYSTEM = "system";
    /** Actor name of an HTTP request without a valid token. */
    String ANONYMOUS = "anonymous";

    boolean isAuthenticated();

    /** The user name ({@code upn} claim), or null when anonymous. */
    String username();

    Set<Role> roles();

    default boolean has(Role role) {
        return roles().contains(role);
    }

    /** The user's department ({@code dept} claim); empty for platform roles and anonymous requests. */
    Optional<String> departmentCode();

    /** The user's department, or a 403 problem when the user has none (for department-bound operations). */
    String requireDepartmentCode();

    /**
     * The name to record as the actor of a change: the user name, {@value #ANONYMOUS} for a request without a
     * valid token, {@value #SYSTEM} outside HTTP requests.
     */
    String actorName();
}
