package io.govshare.app.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.department.Departments;
import io.govshare.app.platform.security.Role;

@Path(GovShareApplication.API + "/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Bearer tokens and the current user")
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Departments departments;

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a user name and password for a bearer token (RS256 JWT)")
    public JsonObject token(@NotNull(message = "a JSON object with username and password is required")
                            @Valid TokenRequest request) {
        String token = accounts.login(request.username(), request.password());
        return Json.createObjectBuilder()
                .add("access_token", token)
                .add("token_type", "Bearer")
                .add("expires_in", tokens.issuer().lifetime().toSeconds())
                .build();
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
        Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER, Role.Names.AUDITOR})
    @SecurityRequirement(name = GovShareApplication.BEARER)
    @Operation(summary = "The user the token belongs to: name, roles, department")
    public JsonObject me() {
        return userView();
    }

    @POST
    @Path("session")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Web UI login: the token goes into an HttpOnly, SameSite=Strict cookie, never into the page; "
            + "the answer carries the user and the CSRF token to send as X-CSRF-Token on unsafe requests")
    public Response startSession(@NotNull(message = "a JSON object with username and password is required")
                                 @Valid TokenRequest request, @Context UriInfo uri) {
        String token = accounts.login(request.username(), request.password());
        Response.ResponseBuilder answer = Response.ok(Json.createObjectBuilder()
                .add("username", request.username())
                .add("csrfToken", BrowserSession.csrfToken(token))
                .add("expires_in", tokens.issuer().lifetime().toSeconds())
                .build());
        for (String cookie : BrowserSession.start(token, tokens.issuer().lifetime(), isSecure(uri))) {
            answer.header(HttpHeaders.SET_COOKIE, cookie);
        }
        return answer.build();
    }

    @GET
    @Path("session")
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.DEPT_CATALOGUER, Role.Names.DEPT_REVIEWER,
        Role.Names.PLATFORM_REVIEWER, Role.Names.CONSUMER, Role.Names.AUDITOR, Role.Names.PUBLIC_USER})
    @Operation(summary = "The signed-in user of the web UI session (any role, public users included); 401 without one")
    public JsonObject session() {
        return userView();
    }

    @DELETE
    @Path("session")
    @PermitAll
    @Operation(summary = "Web UI logout: clears the session cookies (needs X-CSRF-Token when the cookie is sent)")
    public Response endSession(@Context UriInfo uri) {
        Response.ResponseBuilder answer = Response.noContent();
        for (String cookie : BrowserSession.end(isSecure(uri))) {
            answer.header(HttpHeaders.SET_COOKIE, cookie);
        }
        return answer.build();
    }

    private static boolean isSecure(UriInfo uri) {
        return "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
    }

    private JsonObject userView() {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        currentUser.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonObjectBuilder me = Json.createObjectBuilder()
                .add("username", currentUser.username())
                .add("roles", roles);
        accounts.find(currentUser.username()).ifPresent(u -> me.add("displayName", u.getDisplayName()));
        currentUser.departmentCode().ifPresentOrElse(code -> {
            me.add("departmentCode", code);
            departments.find(code).ifPresent(d -> me.add("departmentName", d.name()));
        }, () -> me.addNull("departmentCode"));
        return me.build();
    }
}
