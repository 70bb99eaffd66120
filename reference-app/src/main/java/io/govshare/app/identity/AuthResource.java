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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.govshare.app.GovShareApplication;
import io.govshare.app.department.DepartmentRepository;

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
    DepartmentRepository departments;

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
        JsonArrayBuilder roles = Json.createArrayBuilder();
        currentUser.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonObjectBuilder me = Json.createObjectBuilder()
                .add("username", currentUser.username())
                .add("roles", roles);
        accounts.find(currentUser.username()).ifPresent(u -> me.add("displayName", u.getDisplayName()));
        currentUser.departmentCode().ifPresentOrElse(code -> {
            me.add("departmentCode", code);
            departments.find(code).ifPresent(d -> me.add("departmentName", d.getName()));
        }, () -> me.addNull("departmentCode"));
        return me.build();
    }
}
