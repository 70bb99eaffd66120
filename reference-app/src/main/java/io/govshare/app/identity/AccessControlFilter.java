package io.govshare.app.identity;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.govshare.app.GovShareApplication;
import io.govshare.app.platform.ProblemException;
import io.govshare.app.platform.Problems;
import io.govshare.app.platform.security.Role;

/**
 * Authorisation for every resource method, answered as problem+json: 401 when a role is required and no valid
 * token came, 403 for the wrong role. Liberty's mpJwt feature has already verified the token (signature, issuer,
 * expiry) and put it in the security context; this filter fills {@link CurrentUser} from it.
 * <ul>
 *   <li>{@code @PermitAll}: anyone. {@code @DenyAll}: no one. {@code @RolesAllowed}: those roles. A method's
 *       annotation overrides its class's. (Liberty checks {@code @RolesAllowed} again after this filter; the two
 *       agree as long as role names are plain, so do not use the {@code "**"} wildcard.)</li>
 *   <li>A method with none of them on itself or its class is refused: access must be a decision, not an
 *       accident.</li>
 *   <li>An auditor reads everything and changes nothing: a user whose only role is AUDITOR gets 403 for any
 *       method other than GET, HEAD and OPTIONS, whatever the annotations say (except signing in and out).</li>
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControlFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AccessControlFilter.class.getName());
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Signing in and out is not a change to the platform, so auditors may do it. */
    private static final Set<String> LOGIN_PATHS = Set.of(GovShareApplication.API + "/auth/token",
            GovShareApplication.API + "/auth/session");

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        identify(request.getSecurityContext().getUserPrincipal());
        if (currentUser.roles().equals(Set.of(Role.AUDITOR)) && !READ_METHODS.contains(request.getMethod())
                && !LOGIN_PATHS.contains(request.getUriInfo().getPath().replaceFirst("^/", ""))) {
            deny(request, ProblemException.forbidden("Auditors have read-only access; "
                    + request.getMethod() + " is not allowed"));
            return;
        }
        Method method = resourceInfo.getResourceMethod();
        AnnotatedElement rule = hasRule(method) ? method : resourceInfo.getResourceClass();
        if (rule.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (rule.isAnnotationPresent(DenyAll.class)) {
            deny(request, ProblemException.forbidden("This operation is not available to anyone"));
            return;
        }
        RolesAllowed allowed = rule.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            LOG.warning(() -> "Refused " + method + ": it has no @PermitAll, @RolesAllowed or @DenyAll");
            deny(request, ProblemException.forbidden("This operation has no access rule"));
            return;
        }
        if (!currentUser.isAuthenticated()) {
            deny(request, ProblemException.unauthorized(
                    "Authentication required: send 'Authorization: Bearer <token>' (POST /api/v1/auth/token)"));
            return;
        }
        boolean permitted = Arrays.stream(allowed.value()).anyMatch(
                name -> currentUser.roles().stream().anyMatch(role -> role.name().equals(name)));
        if (!permitted) {
            deny(request, ProblemException.forbidden("Requires one of the roles " + Arrays.toString(allowed.value())
                    + "; you have " + currentUser.roles()));
        }
    }

    /** The token's groups become roles (unknown group names are ignored), its dept claim the department. */
    private void identify(Principal principal) {
        if (!(principal instanceof JsonWebToken jwt) || jwt.getName() == null) {
            currentUser.anonymousRequest();
            return;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : jwt.getGroups() == null ? Set.<String>of() : jwt.getGroups()) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(group)).forEach(roles::add);
        }
        Object department = jwt.getClaim(TokenIssuer.DEPARTMENT_CLAIM);
        String departmentCode = department instanceof JsonString json ? json.getString()
                : department == null ? null : department.toString();
        currentUser.authenticate(jwt.getName(), roles, departmentCode);
    }

    private static boolean hasRule(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.isAnnotationPresent(DenyAll.class)
                || method.isAnnotationPresent(RolesAllowed.class);
    }

    private static void deny(ContainerRequestContext request, ProblemException problem) {
        var answer = Problems.builder(problem.status(),
                Problems.json(problem.status(), problem.title(), problem.detail(), problem.errors()));
        if (problem.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        request.abortWith(answer.build());
    }
}
